import torch
from torch import nn

torch.manual_seed(0)
features = torch.randn(2, 8, 28, 28)
pool = nn.MaxPool2d(kernel_size=2)
print(pool(features).shape)
#> torch.Size([2, 8, 14, 14])
print(pool(torch.randn(2, 8, 7, 7)).shape)
#> torch.Size([2, 8, 3, 3])
grid = torch.tensor([[[[1.0, 2.0, 5.0, 0.0], [3.0, 4.0, 1.0, 1.0]]]])
print(pool(grid))
#> tensor([[[[4., 5.]]]])
print(nn.MaxPool2d(kernel_size=3, stride=2, padding=1)(features).shape)
#> torch.Size([2, 8, 14, 14])
print(nn.AdaptiveAvgPool2d((4, 4))(features).shape)
#> torch.Size([2, 8, 4, 4])
