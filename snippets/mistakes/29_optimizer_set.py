# requires: torch215
import warnings

import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)

# --8<-- [start:wrong]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    optimizer = optim.SGD(set(model.parameters()), lr=0.1)
print(caught[0].category.__name__)
#> FutureWarning
print(str(caught[0].message).split(". ")[0])
#> optimizer parameters need to be organized in ordered collections, but the ordering of tensors in sets will change between runs
# --8<-- [end:wrong]

# --8<-- [start:right]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    optimizer = optim.SGD(list(model.parameters()), lr=0.1)
    shared = [model.weight, model.bias, model.weight]
    deduplicated = optim.SGD(list(dict.fromkeys(shared)), lr=0.1)
print(len(caught), len(deduplicated.param_groups[0]["params"]))
#> 0 2
# --8<-- [end:right]
