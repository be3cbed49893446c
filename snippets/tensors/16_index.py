import torch

grid = torch.arange(12).reshape(3, 4)
print(grid)
#> tensor([[ 0,  1,  2,  3],
#>         [ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])
print(grid[0])
#> tensor([0, 1, 2, 3])
print(grid[1, 2])
#> tensor(6)
print(grid[:, 1])
#> tensor([1, 5, 9])
print(grid[1:3])
#> tensor([[ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])
print(grid[:, ::2])
#> tensor([[ 0,  2],
#>         [ 4,  6],
#>         [ 8, 10]])
print(grid[-1])
#> tensor([ 8,  9, 10, 11])
print(grid[:, -2:])
#> tensor([[ 2,  3],
#>         [ 6,  7],
#>         [10, 11]])
