import torch
from torch.autograd.functional import jacobian
from torch.func import jacrev, vmap


def f(x):
    return torch.stack([x[0] * x[1], x[0] + 3 * x[1]])


x = torch.tensor([2.0, 5.0], requires_grad=True)
J = jacobian(f, x)
print(J)
#> tensor([[5., 2.],
#>         [1., 3.]])
print(torch.equal(jacrev(f)(x), J))
#> True

points = torch.tensor([[2.0, 5.0], [1.0, 0.0], [0.0, 1.0]])
print(vmap(jacrev(f))(points).shape)
#> torch.Size([3, 2, 2])

v = torch.tensor([1.0, 10.0])
f(x).backward(gradient=v)
print(x.grad, v @ J)
#> tensor([15., 32.]) tensor([15., 32.])
