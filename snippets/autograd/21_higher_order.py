import torch
from torch.autograd import grad

x = torch.tensor(3.0, requires_grad=True)
y = x**3
(dy_dx,) = grad(y, x, create_graph=True)
print(dy_dx)
#> tensor(27., grad_fn=<MulBackward0>)
(d2y_dx2,) = grad(dy_dx, x)
print(d2y_dx2)
#> tensor(18.)
