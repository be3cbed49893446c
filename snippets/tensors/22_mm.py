import torch

inputs = torch.ones(2, 3)
weights = torch.ones(3, 4)
print(torch.mm(inputs, weights).shape)
#> torch.Size([2, 4])

try:
    torch.mm(inputs, inputs)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    #> [torch<2.15]
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)

try:
    torch.mm(torch.ones(5, 2, 3), weights)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mm: self must be a matrix, got 3-D tensor
    #> [torch<2.15]
    #> RuntimeError: self must be a matrix
