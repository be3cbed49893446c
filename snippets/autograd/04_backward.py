import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x**2).sum()
y.backward()
print(x.grad)
#> tensor([2., 4., 6.])
print(torch.equal(x.grad, 2 * x.detach()))
#> True
