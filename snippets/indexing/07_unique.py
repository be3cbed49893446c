import torch

labels = torch.tensor([3, 1, 3, 0, 1, 3])

# --8<-- [start:unique]
values, inverse, counts = labels.unique(return_inverse=True, return_counts=True)
print(values)
#> tensor([0, 1, 3])
print(inverse)
#> tensor([2, 1, 2, 0, 1, 2])
print(counts)
#> tensor([1, 2, 3])
print(torch.equal(values[inverse], labels))
#> True
# --8<-- [end:unique]

# --8<-- [start:bincount]
print(labels.bincount())
#> tensor([1, 2, 0, 3])
print(labels.bincount(minlength=6))
#> tensor([1, 2, 0, 3, 0, 0])
print(labels.bincount(weights=torch.tensor([0.5, 1.0, 0.5, 2.0, 1.0, 1.0])))
#> tensor([2., 2., 0., 2.])
try:
    torch.tensor([2, -1]).bincount()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: bincount only supports 1-d non-negative integral inputs.
# --8<-- [end:bincount]
