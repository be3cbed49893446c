import torch

ones = torch.ones(4, 4, dtype=torch.int64)

# --8<-- [start:tril]
print(ones.tril())
#> tensor([[1, 0, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 1, 0],
#>         [1, 1, 1, 1]])
print(ones.triu(diagonal=1))
#> tensor([[0, 1, 1, 1],
#>         [0, 0, 1, 1],
#>         [0, 0, 0, 1],
#>         [0, 0, 0, 0]])
print(ones.tril(diagonal=-1))
#> tensor([[0, 0, 0, 0],
#>         [1, 0, 0, 0],
#>         [1, 1, 0, 0],
#>         [1, 1, 1, 0]])
# --8<-- [end:tril]

# --8<-- [start:causal]
allowed = torch.ones(4, 4, dtype=torch.bool).tril()
print(allowed)
#> tensor([[ True, False, False, False],
#>         [ True,  True, False, False],
#>         [ True,  True,  True, False],
#>         [ True,  True,  True,  True]])
print(torch.equal(~allowed, torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)))
#> True
# --8<-- [end:causal]
