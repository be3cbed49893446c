import torch
import torch.nn.functional as F
from torch import nn

# --8<-- [start:wrong]
x = torch.tensor([-1.0, 0.0, 2.0])
try:
    nn.relu(x)
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
#> AttributeError: module 'torch.nn' has no attribute 'relu'
# --8<-- [end:wrong]

# --8<-- [start:right]
print(nn.ReLU()(x))
#> tensor([0., 0., 2.])
print(F.relu(x))
#> tensor([0., 0., 2.])
print(torch.relu(x))
#> tensor([0., 0., 2.])
# --8<-- [end:right]
