import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
example = torch.randn(3, 4)

exported = torch.export.export(model, (example,))
torch.export.save(exported, "model.pt2")

loaded = torch.export.load("model.pt2")
print(type(loaded).__name__)
#> ExportedProgram
print(torch.allclose(loaded.module()(example), model(example)))
#> True
