import torch

# --8<-- [start:rank]
scalar = torch.tensor(1)
vector = torch.tensor([1, 2, 3])
matrix = torch.tensor([[1, 2], [3, 4]])
cube = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
for t in (scalar, vector, matrix, cube):
    print(t.ndim, tuple(t.shape), t.dtype)
    #> 0 () torch.int64
    #> 1 (3,) torch.int64
    #> 2 (2, 2) torch.int64
    #> 3 (2, 2, 2) torch.int64
# --8<-- [end:rank]

# --8<-- [start:list]
rows = [[1.5, 2.0], [3.0, 4.0]]
from_list = torch.tensor(rows)
rows[0][0] = 100.0
print(from_list)
#> tensor([[1.5000, 2.0000],
#>         [3.0000, 4.0000]])

try:
    torch.tensor([[1, 2], [3]])
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: expected sequence of length 2 at dim 1 (got 1)
# --8<-- [end:list]
