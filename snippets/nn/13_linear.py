import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(in_features=15, out_features=4)
print(layer.weight.shape, layer.bias.shape)
#> torch.Size([4, 15]) torch.Size([4])
x = torch.randn(64, 15)
print(layer(x).shape)
#> torch.Size([64, 4])
print(torch.allclose(layer(x), x @ layer.weight.T + layer.bias))
#> True
print(layer(torch.randn(2, 5, 15)).shape)
#> torch.Size([2, 5, 4])
