import warnings

import torch
from torch import nn
from torch.nn.utils import parametrizations, parametrize

torch.manual_seed(0)

# --8<-- [start:weight-norm]
layer = parametrizations.weight_norm(nn.Linear(3, 2))
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original0', 'parametrizations.weight.original1']
magnitude = layer.parametrizations.weight.original0
direction = layer.parametrizations.weight.original1
print(magnitude.shape, direction.shape)
#> torch.Size([2, 1]) torch.Size([2, 3])
recomputed = magnitude * direction / direction.norm(dim=1, keepdim=True)
print(torch.allclose(layer.weight, recomputed))
#> True
print(type(layer).__name__, isinstance(layer, nn.Linear))
#> ParametrizedLinear True
# --8<-- [end:weight-norm]

# --8<-- [start:remove]
torch.manual_seed(0)
layer = parametrizations.weight_norm(nn.Linear(3, 2))
weight_before = layer.weight.detach().clone()
parametrize.remove_parametrizations(layer, "weight")
print(type(layer).__name__, list(layer.state_dict()))
#> Linear ['bias', 'weight']
print(torch.equal(layer.weight, weight_before), type(layer.weight).__name__)
#> True Parameter
# --8<-- [end:remove]

# --8<-- [start:deprecated]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_style = torch.nn.utils.weight_norm(nn.Linear(3, 2))
print(caught[0].category.__name__, caught[0].message)
#> FutureWarning `torch.nn.utils.weight_norm` is deprecated in favor of `torch.nn.utils.parametrizations.weight_norm`.
print(list(old_style.state_dict()))
#> ['bias', 'weight_g', 'weight_v']
# --8<-- [end:deprecated]
