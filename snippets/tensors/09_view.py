import torch

# --8<-- [start:view]
numbers = torch.arange(6)
grid = numbers.view(2, 3)
grid[0, 0] = 100
print(numbers)
#> tensor([100,   1,   2,   3,   4,   5])
print(grid.is_contiguous(), grid.T.is_contiguous())
#> True False
# --8<-- [end:view]

# --8<-- [start:error]
try:
    grid.T.view(6)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.

print(grid.T.reshape(6))
#> tensor([100,   3,   1,   4,   2,   5])
print(grid.T.contiguous().view(6))
#> tensor([100,   3,   1,   4,   2,   5])
# --8<-- [end:error]
