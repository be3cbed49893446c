import torch
from torch import nn, optim

torch.manual_seed(0)
params = list(nn.Linear(3, 2).parameters())

print(optim.SGD(params).defaults["lr"])
#> 0.001
print(optim.Adam(params).defaults["lr"])
#> 0.001
print(optim.AdamW(params).defaults["lr"])
#> 0.001

sgd = optim.SGD(params)
print(isinstance(sgd, optim.Optimizer), sgd.defaults["momentum"])
#> True 0
