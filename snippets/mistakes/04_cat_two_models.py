import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:wrong]
x1 = torch.ones(2, 3)
x2 = torch.zeros(1, 3)
try:
    torch.cat(x1, x2)
except TypeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
#> TypeError: cat(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor
#> [torch<2.13]
#> TypeError: cat() received an invalid combination of arguments - got (Tensor, Tensor), but expected one of:
# --8<-- [end:wrong]

# --8<-- [start:right]
print(torch.cat([x1, x2]).shape)
#> torch.Size([3, 3])

model1 = nn.Linear(3, 4)
model2 = nn.Linear(4, 2)
combined = nn.Sequential(model1, model2)
print(combined(x1).shape)
#> torch.Size([2, 2])
# --8<-- [end:right]
