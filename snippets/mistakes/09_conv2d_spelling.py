import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:wrong]
try:
    nn.Sequential(nn.Conv2D(), nn.ReLU())
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
#> AttributeError: module 'torch.nn' has no attribute 'Conv2D'

try:
    nn.Conv2d()
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
#> TypeError: Conv2d.__init__() missing 3 required positional arguments: 'in_channels', 'out_channels', and 'kernel_size'
# --8<-- [end:wrong]

# --8<-- [start:right]
model = nn.Sequential(nn.Conv2d(1, 20, 5), nn.ReLU())
print(model)
#> Sequential(
#>   (0): Conv2d(1, 20, kernel_size=(5, 5), stride=(1, 1))
#>   (1): ReLU()
#> )
# --8<-- [end:right]
