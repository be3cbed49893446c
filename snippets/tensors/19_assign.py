import torch

# --8<-- [start:assign]
grid = torch.zeros(3, 4, dtype=torch.int64)
grid[:, 1] = 7
grid[0] = torch.tensor([1, 2, 3, 4])
grid[grid == 0] = -1
print(grid)
#> tensor([[ 1,  2,  3,  4],
#>         [-1,  7, -1, -1],
#>         [-1,  7, -1, -1]])
# --8<-- [end:assign]

# --8<-- [start:views]
first_row = grid[0]
first_row[0] = 100
print(grid[0])
#> tensor([100,   2,   3,   4])

copied_row = grid[1].clone()
copied_row[0] = 555
print(grid[1])
#> tensor([-1,  7, -1, -1])
# --8<-- [end:views]
