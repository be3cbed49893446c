import torch

image = torch.zeros(3, 4, 4)
print(image.unsqueeze(0).shape)
#> torch.Size([1, 3, 4, 4])
print(image.unsqueeze(-1).shape)
#> torch.Size([3, 4, 4, 1])
print(image[None].shape)
#> torch.Size([1, 3, 4, 4])

row = torch.tensor([1, 2, 3])
print(row.unsqueeze(1))
#> tensor([[1],
#>         [2],
#>         [3]])
