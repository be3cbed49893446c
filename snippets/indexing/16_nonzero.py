import torch

grid = torch.tensor([[0, 3, 0], [5, 0, 7]])

# --8<-- [start:nonzero]
positions = grid.nonzero()
print(positions)
#> tensor([[0, 1],
#>         [1, 0],
#>         [1, 2]])
print(torch.equal(torch.argwhere(grid), positions))
#> True
print(torch.argwhere(grid > 4))
#> tensor([[1, 0],
#>         [1, 2]])
# --8<-- [end:nonzero]

# --8<-- [start:as_tuple]
rows, cols = grid.nonzero(as_tuple=True)
print(rows, cols)
#> tensor([0, 1, 1]) tensor([1, 0, 2])
print(grid[rows, cols])
#> tensor([3, 5, 7])
print(torch.where(grid > 4))
#> (tensor([1, 1]), tensor([0, 2]))
# --8<-- [end:as_tuple]
