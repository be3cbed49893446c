import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = x.add(10)
print(x, y)
#> tensor([1., 2., 3.]) tensor([11., 12., 13.])

returned = x.add_(10)
print(x)
#> tensor([11., 12., 13.])
print(returned is x)
#> True

x.mul_(2).clamp_(max=25)
print(x)
#> tensor([22., 24., 25.])
x += 1
print(x)
#> tensor([23., 25., 26.])
