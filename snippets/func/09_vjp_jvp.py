import warnings

import torch
from torch.func import jvp, linearize, vjp

warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")
warnings.filterwarnings("ignore", "Attempted to insert a get_attr Node")

torch.manual_seed(0)
matrix = torch.randn(2, 3)


def layer(x):
    return torch.tanh(matrix @ x)


x = torch.randn(3)
jacobian = (1 - layer(x) ** 2)[:, None] * matrix

# --8<-- [start:vjp]
output, vjp_fn = vjp(layer, x)
(first_row,) = vjp_fn(torch.tensor([1.0, 0.0]))
print(torch.allclose(output, layer(x)), torch.allclose(first_row, jacobian[0]))
#> True True
cotangent = torch.tensor([0.5, -2.0])
print(torch.allclose(vjp_fn(cotangent)[0], cotangent @ jacobian))
#> True
# --8<-- [end:vjp]

# --8<-- [start:jvp]
direction = torch.tensor([1.0, 0.0, 0.0])
output, first_column = jvp(layer, (x,), (direction,))
print(torch.allclose(first_column, jacobian[:, 0]))
#> True
# --8<-- [end:jvp]

# --8<-- [start:linearize]
output, jvp_fn = linearize(layer, x)
print(torch.allclose(jvp_fn(direction), jacobian[:, 0]))
#> True
print(torch.allclose(jvp_fn(torch.ones(3)), jacobian.sum(dim=1)))
#> True
# --8<-- [end:linearize]
