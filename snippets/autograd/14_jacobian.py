import torch
from torch.autograd.functional import jacobian


def f(x):
    return torch.stack([x[0] * x[1], x[0] + 3 * x[1]])


x = torch.tensor([2.0, 5.0], requires_grad=True)
J = jacobian(f, x)
print(J)
#> tensor([[5., 2.],
#>         [1., 3.]])

v = torch.tensor([1.0, 10.0])
f(x).backward(gradient=v)
print(x.grad, v @ J)
#> tensor([15., 32.]) tensor([15., 32.])
