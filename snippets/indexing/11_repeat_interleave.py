import torch

x = torch.tensor([1, 2, 3])
grid = torch.tensor([[1, 2], [3, 4]])

# --8<-- [start:interleave]
print(x.repeat_interleave(2))
#> tensor([1, 1, 2, 2, 3, 3])
print(x.repeat(2))
#> tensor([1, 2, 3, 1, 2, 3])
print(x.repeat_interleave(torch.tensor([3, 0, 1])))
#> tensor([1, 1, 1, 3])
print(grid.repeat_interleave(2, dim=0))
#> tensor([[1, 2],
#>         [1, 2],
#>         [3, 4],
#>         [3, 4]])
# --8<-- [end:interleave]
