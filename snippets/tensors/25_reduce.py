import torch

grid = torch.tensor([[1, 2, 3], [4, 5, 6]])

# --8<-- [start:sum]
print(grid.sum())
#> tensor(21)
print(grid.sum(dim=0))
#> tensor([5, 7, 9])
print(grid.sum(dim=1))
#> tensor([ 6, 15])
print(grid.sum(dim=1, keepdim=True))
#> tensor([[ 6],
#>         [15]])
# --8<-- [end:sum]

# --8<-- [start:mean]
try:
    grid.mean()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> NotImplementedError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
    #> [torch<2.15]
    #> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long

print(grid.float().mean())
#> tensor(3.5000)
print(grid.mean(dim=1, dtype=torch.float32))
#> tensor([2., 5.])
# --8<-- [end:mean]

# --8<-- [start:other]
print(grid.prod(), grid.prod(dim=0))
#> tensor(720) tensor([ 4, 10, 18])
print(grid.float().std(dim=1))
#> tensor([1., 1.])
print(grid.float().std(dim=1, correction=0))
#> tensor([0.8165, 0.8165])
# --8<-- [end:other]
