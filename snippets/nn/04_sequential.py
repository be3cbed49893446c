import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
print(model[0])
#> Linear(in_features=4, out_features=8, bias=True)
print(model[:2])
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): ReLU()
#> )
print(len(model), model[-1].weight.shape)
#> 3 torch.Size([2, 8])
x = torch.randn(3, 4)
print(model(x).shape, model[:2](x).shape)
#> torch.Size([3, 2]) torch.Size([3, 8])
