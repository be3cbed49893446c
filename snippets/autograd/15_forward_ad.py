import warnings

import torch
import torch.autograd.forward_ad as fwAD

warnings.filterwarnings("ignore", "`torch.jit.script` is deprecated")


# --8<-- [start:dual]
def f(x):
    return x**2 + 1


x = torch.tensor(3.0)
with fwAD.dual_level():
    dual_x = fwAD.make_dual(x, torch.tensor(1.0))
    dual_y = f(dual_x)
    value, derivative = fwAD.unpack_dual(dual_y)
print(value, derivative)
#> tensor(10.) tensor(6.)
# --8<-- [end:dual]

# --8<-- [start:reverse]
x = torch.tensor(3.0, requires_grad=True)
f(x).backward()
print(x.grad)
#> tensor(6.)
# --8<-- [end:reverse]

# --8<-- [start:func]
x = torch.tensor(3.0)
print(torch.func.jvp(f, (x,), (torch.tensor(1.0),)))
#> (tensor(10.), tensor(6.))
print(torch.func.grad(f)(x))
#> tensor(6.)
# --8<-- [end:func]
