import torch
from torch import nn

torch.manual_seed(0)
torch.save(nn.Linear(1000, 1000).state_dict(), "big.pth")

with torch.device("meta"):
    model = nn.Linear(1000, 1000)
print(model.weight.is_meta)
#> True

state_dict = torch.load("big.pth", mmap=True, weights_only=True)
model.load_state_dict(state_dict, assign=True)
print(model.weight.is_meta, model.weight.device, model.weight.requires_grad)
#> False cpu True
print(type(model.weight).__name__)
#> Parameter
