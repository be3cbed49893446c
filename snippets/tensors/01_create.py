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

# --8<-- [start:filled]
torch.manual_seed(0)
print(torch.zeros(2, 3))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print(torch.ones(2, dtype=torch.int64))
#> tensor([1, 1])
print(torch.rand(2, 2))
#> tensor([[0.4963, 0.7682],
#>         [0.0885, 0.1320]])
print(torch.arange(0, 10, 3))
#> tensor([0, 3, 6, 9])
# --8<-- [end:filled]
