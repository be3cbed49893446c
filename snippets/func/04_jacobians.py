import warnings

import torch
from torch.func import hessian, jacfwd, jacrev, vmap

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
wide = torch.randn(1000)
tall = torch.randn(2)
print(jacrev(lambda v: v[:2] * v.sum())(wide).shape)
#> torch.Size([2, 1000])
print(jacfwd(lambda v: v.repeat(500) * v.sum())(tall).shape)
#> torch.Size([1000, 2])
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
