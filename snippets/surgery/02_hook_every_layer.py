from functools import partial

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Sequential(nn.Linear(8, 8), nn.ReLU()),
    nn.Linear(8, 2),
)
x = torch.randn(3, 4)

# --8<-- [start:names]
for name, module in model.named_modules():
    print(repr(name), type(module).__name__)
    #> '' Sequential
    #> '0' Linear
    #> '1' ReLU
    #> '2' Sequential
    #> '2.0' Linear
    #> '2.1' ReLU
    #> '3' Linear
# --8<-- [end:names]

# --8<-- [start:every-linear]
shapes = {}


def make_hook(name):
    def hook(module, inputs, output):
        shapes[name] = tuple(output.shape)

    return hook


handles = [
    module.register_forward_hook(make_hook(name))
    for name, module in model.named_modules()
    if isinstance(module, nn.Linear)
]
model(x)
print(shapes)
#> {'0': (3, 8), '2.0': (3, 8), '3': (3, 2)}
for handle in handles:
    handle.remove()
# --8<-- [end:every-linear]

# --8<-- [start:relu-zeros]
zero_fraction = {}


def count_zeros(name, module, inputs, output):
    zero_fraction[name] = round((output == 0).float().mean().item(), 3)


handles = [
    module.register_forward_hook(partial(count_zeros, name))
    for name, module in model.named_modules()
    if isinstance(module, nn.ReLU)
]
model(x)
print(zero_fraction)
#> {'1': 0.708, '2.1': 0.708}
for handle in handles:
    handle.remove()
# --8<-- [end:relu-zeros]
