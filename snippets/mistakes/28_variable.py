import torch
from torch.autograd import Variable

# --8<-- [start:wrong]
x = Variable(torch.ones(2), requires_grad=True)
print(type(x).__name__, x)
#> Tensor tensor([1., 1.], requires_grad=True)
print(isinstance(torch.ones(2), Variable))
#> True
# --8<-- [end:wrong]

# --8<-- [start:right]
x = torch.ones(2, requires_grad=True)
(x * 3).sum().backward()
print(x, x.grad)
#> tensor([1., 1.], requires_grad=True) tensor([3., 3.])
# --8<-- [end:right]
