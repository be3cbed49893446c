import warnings

import torch
from torch.func import hessian, jacfwd, jacrev, vmap
from torch.utils.flop_counter import FlopCounterMode

warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")

torch.manual_seed(0)
matrix = torch.randn(2, 3)


def layer(x):
    return torch.tanh(matrix @ x)


x = torch.randn(3)

# --8<-- [start:jac]
jac_rev = jacrev(layer)(x)
jac_fwd = jacfwd(layer)(x)
print(jac_rev.shape, jac_fwd.shape)
#> torch.Size([2, 3]) torch.Size([2, 3])
print(torch.allclose(jac_rev, jac_fwd))
#> True
by_hand = (1 - layer(x) ** 2)[:, None] * matrix
print(torch.allclose(jac_rev, by_hand))
#> True
# --8<-- [end:jac]


# --8<-- [start:wide-tall]
def matmul_flops(transform, function, inputs):
    with FlopCounterMode(display=False) as counter:
        transform(function)(inputs)
    return counter.get_total_flops()


torch.manual_seed(0)
wide_matrix = torch.randn(2, 1000)
tall_matrix = torch.randn(1000, 2)


def wide_layer(v):
    return torch.tanh(wide_matrix @ v)


def tall_layer(v):
    return torch.tanh(tall_matrix @ v)


wide_input, tall_input = torch.randn(1000), torch.randn(2)
print(jacrev(wide_layer)(wide_input).shape, jacfwd(tall_layer)(tall_input).shape)
#> torch.Size([2, 1000]) torch.Size([1000, 2])
print(
    matmul_flops(jacrev, wide_layer, wide_input),
    matmul_flops(jacfwd, wide_layer, wide_input),
)
#> 8000 4000000
print(
    matmul_flops(jacrev, tall_layer, tall_input),
    matmul_flops(jacfwd, tall_layer, tall_input),
)
#> 4000000 8000
# --8<-- [end:wide-tall]

# --8<-- [start:batched]
batch = torch.randn(5, 3)
per_sample = vmap(jacrev(layer))(batch)
print(per_sample.shape)
#> torch.Size([5, 2, 3])
print(torch.allclose(per_sample[4], jacrev(layer)(batch[4])))
#> True
# --8<-- [end:batched]


# --8<-- [start:hessian]
def energy(v):
    return (v**3).sum() + v[0] * v[1]


v = torch.tensor([1.0, 2.0])
print(hessian(energy)(v))
#> tensor([[ 6.,  1.],
#>         [ 1., 12.]])
print(torch.equal(hessian(energy)(v), jacfwd(jacrev(energy))(v)))
#> True
# --8<-- [end:hessian]
