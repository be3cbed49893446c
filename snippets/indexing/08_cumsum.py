import torch

grid = torch.tensor([[1, 2, 3], [4, 5, 6]])

# --8<-- [start:cumsum]
print(grid.cumsum(dim=1))
#> tensor([[ 1,  3,  6],
#>         [ 4,  9, 15]])
print(grid.cumsum(dim=0))
#> tensor([[1, 2, 3],
#>         [5, 7, 9]])
lengths = torch.tensor([3, 1, 2])
print(lengths.cumsum(dim=0) - lengths)
#> tensor([0, 3, 4])
# --8<-- [end:cumsum]

# --8<-- [start:cumprod]
print(grid.cumprod(dim=1))
#> tensor([[  1,   2,   6],
#>         [  4,  20, 120]])
print(torch.tensor([1.0, 0.9, 0.9, 0.9]).cumprod(dim=0))
#> tensor([1.0000, 0.9000, 0.8100, 0.7290])
# --8<-- [end:cumprod]
