import torch

images = torch.zeros(64, 1, 28, 28)
print(images.flatten(start_dim=1).shape)
#> torch.Size([64, 784])
print(images.view(images.shape[0], -1).shape)
#> torch.Size([64, 784])
print(images.flatten().shape)
#> torch.Size([50176])
