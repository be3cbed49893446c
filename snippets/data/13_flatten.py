import torch
from torch import nn

torch.manual_seed(0)
images = torch.rand(64, 1, 28, 28)

flat = images.view(images.shape[0], -1)
print(flat.shape)
#> torch.Size([64, 784])
print(images.flatten(1).shape, torch.equal(images.flatten(1), flat))
#> torch.Size([64, 784]) True
print(nn.Flatten()(images).shape)
#> torch.Size([64, 784])
