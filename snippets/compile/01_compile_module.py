import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
inputs = torch.randn(3, 4)

compiled = torch.compile(model)
print(type(compiled).__name__, compiled._orig_mod is model)
#> OptimizedModule True
print(torch.allclose(compiled(inputs), model(inputs)))
#> True
