import torch

# --8<-- [start:fancy]
grid = torch.arange(12).reshape(3, 4)
print(grid[[0, 2]])
#> tensor([[ 0,  1,  2,  3],
#>         [ 8,  9, 10, 11]])
print(grid[:, [3, 0]])
#> tensor([[ 3,  0],
#>         [ 7,  4],
#>         [11,  8]])
print(grid[[0, 1, 2], [3, 2, 1]])
#> tensor([3, 6, 9])
# --8<-- [end:fancy]

# --8<-- [start:ellipsis]
batch = torch.zeros(8, 3, 32, 32)
print(batch[..., 0].shape)
#> torch.Size([8, 3, 32])
print(batch[0, ...].shape)
#> torch.Size([3, 32, 32])
print(batch[:, :, :, 0].shape)
#> torch.Size([8, 3, 32])
# --8<-- [end:ellipsis]
