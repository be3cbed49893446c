import torch

a = torch.tensor([[1, 2, 3], [4, 5, 6]])
b = torch.tensor([[7, 8, 9], [10, 11, 12]])

# --8<-- [start:cat]
print(torch.cat([a, b]))
#> tensor([[ 1,  2,  3],
#>         [ 4,  5,  6],
#>         [ 7,  8,  9],
#>         [10, 11, 12]])
print(torch.cat([a, b], dim=1))
#> tensor([[ 1,  2,  3,  7,  8,  9],
#>         [ 4,  5,  6, 10, 11, 12]])
print(torch.cat([a, b]).shape, torch.cat([a, b], dim=1).shape)
#> torch.Size([4, 3]) torch.Size([2, 6])
# --8<-- [end:cat]

# --8<-- [start:stack]
print(torch.stack([a, b]).shape)
#> torch.Size([2, 2, 3])
print(torch.stack([a, b], dim=2).shape)
#> torch.Size([2, 3, 2])
print(torch.stack([a, b])[1])
#> tensor([[ 7,  8,  9],
#>         [10, 11, 12]])
# --8<-- [end:stack]

# --8<-- [start:error]
try:
    torch.cat(a, b)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: cat(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor
    #> [torch<2.13]
    #> TypeError: cat() received an invalid combination of arguments - got (Tensor, Tensor), but expected one of:
    #>  * (tuple of Tensors tensors, int dim = 0, *, Tensor out = None)
    #>  * (tuple of Tensors tensors, name dim, *, Tensor out = None)
# --8<-- [end:error]
