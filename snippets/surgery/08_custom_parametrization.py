import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import parametrize

torch.manual_seed(0)


# --8<-- [start:symmetric]
class Symmetric(nn.Module):
    def forward(self, weight):
        return weight.triu() + weight.triu(1).T


layer = nn.Linear(3, 3)
parametrize.register_parametrization(layer, "weight", Symmetric())
print(torch.equal(layer.weight, layer.weight.T))
#> True
print(parametrize.is_parametrized(layer, "weight"), list(layer.state_dict()))
#> True ['bias', 'parametrizations.weight.original']
# --8<-- [end:symmetric]

# --8<-- [start:train]
optimizer = torch.optim.SGD(layer.parameters(), lr=0.1)
F.mse_loss(layer(torch.ones(2, 3)), torch.zeros(2, 3)).backward()
optimizer.step()
print(torch.equal(layer.weight, layer.weight.T))
#> True
# --8<-- [end:train]

# --8<-- [start:assign]
try:
    layer.weight = torch.eye(3)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: parametrization Symmetric does not implement right_inverse.
# --8<-- [end:assign]


# --8<-- [start:right-inverse]
class SymmetricSettable(Symmetric):
    def right_inverse(self, weight):
        return weight.triu()


settable = nn.Linear(3, 3)
parametrize.register_parametrization(settable, "weight", SymmetricSettable())
settable.weight = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 5.0], [3.0, 5.0, 6.0]])
print(settable.parametrizations.weight.original)
#> Parameter containing:
#> tensor([[1., 2., 3.],
#>         [0., 4., 5.],
#>         [0., 0., 6.]], requires_grad=True)
# --8<-- [end:right-inverse]

# --8<-- [start:remove]
parametrize.remove_parametrizations(layer, "weight", leave_parametrized=True)
print(type(layer).__name__, list(layer.state_dict()))
#> Linear ['bias', 'weight']
print(torch.equal(layer.weight, layer.weight.T))
#> True
# --8<-- [end:remove]
