import torch

column = torch.tensor([[1], [2]])

# --8<-- [start:expand]
expanded = column.expand(2, 3)
print(expanded)
#> tensor([[1, 1, 1],
#>         [2, 2, 2]])
print(expanded.stride(), expanded.data_ptr() == column.data_ptr())
#> (1, 0) True
print(column.expand(-1, 4).shape)
#> torch.Size([2, 4])
# --8<-- [end:expand]

# --8<-- [start:repeat]
repeated = column.repeat(1, 3)
print(repeated)
#> tensor([[1, 1, 1],
#>         [2, 2, 2]])
print(repeated.stride(), repeated.data_ptr() == column.data_ptr())
#> (3, 1) False
print(column.repeat(2, 2))
#> tensor([[1, 1],
#>         [2, 2],
#>         [1, 1],
#>         [2, 2]])
# --8<-- [end:repeat]

# --8<-- [start:inplace]
try:
    column.expand(2, 3).add_(10)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.
print(column.expand(2, 3).clone().add_(10))
#> tensor([[11, 11, 11],
#>         [12, 12, 12]])
# --8<-- [end:inplace]

# --8<-- [start:non_singleton]
try:
    column.expand(4, 3)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: The expanded size of the tensor (4) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [4, 3].  Tensor sizes: [2, 1]
# --8<-- [end:non_singleton]
