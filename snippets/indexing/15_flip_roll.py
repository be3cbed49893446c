import torch

grid = torch.arange(6).reshape(2, 3)

# --8<-- [start:flip]
print(grid.flip(1))
#> tensor([[2, 1, 0],
#>         [5, 4, 3]])
print(grid.flip(0, 1))
#> tensor([[5, 4, 3],
#>         [2, 1, 0]])
print(torch.equal(grid.flip(1), grid.fliplr()))
#> True
# --8<-- [end:flip]

# --8<-- [start:roll]
print(grid.roll(1, dims=1))
#> tensor([[2, 0, 1],
#>         [5, 3, 4]])
print(grid.roll(-1, dims=1))
#> tensor([[1, 2, 0],
#>         [4, 5, 3]])
print(grid.roll(1))
#> tensor([[5, 0, 1],
#>         [2, 3, 4]])
# --8<-- [end:roll]
