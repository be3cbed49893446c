from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:wrong]
model = nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
try:
    model.hidden.weight
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
#> AttributeError: 'Sequential' object has no attribute 'hidden'
# --8<-- [end:wrong]

# --8<-- [start:right]
print(model[0].weight.shape, model[0].bias.shape)
#> torch.Size([128, 784]) torch.Size([128])

named = nn.Sequential(
    OrderedDict(hidden=nn.Linear(784, 128), relu=nn.ReLU(), output=nn.Linear(128, 10))
)
print(named.hidden.weight.shape)
#> torch.Size([128, 784])
# --8<-- [end:right]
