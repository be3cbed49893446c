import torch
from torch import optim

params = [torch.zeros(2, requires_grad=True)]
print(optim.SGD(params).defaults["lr"])
#> 0.001
print(optim.Adam(params).defaults["lr"])
#> 0.001
print(optim.Adadelta(params).defaults["lr"])
#> 1.0
