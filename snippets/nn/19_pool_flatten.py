import torch
from torch import nn

torch.manual_seed(0)
features = torch.randn(2, 8, 5, 7)
pooled = nn.AdaptiveAvgPool2d(1)(features)
print(pooled.shape)
#> torch.Size([2, 8, 1, 1])
print(torch.allclose(pooled[:, :, 0, 0], features.mean(dim=(2, 3))))
#> True
print(nn.AdaptiveAvgPool2d((2, 3))(features).shape)
#> torch.Size([2, 8, 2, 3])
print(nn.Flatten()(pooled).shape, nn.Flatten()(features).shape)
#> torch.Size([2, 8]) torch.Size([2, 280])
print(torch.flatten(features).shape)
#> torch.Size([560])
