import torch

x = torch.tensor([1.0, 4.0, 9.0])
print(x + 1, x * 2, x**2)
#> tensor([ 2.,  5., 10.]) tensor([ 2.,  8., 18.]) tensor([ 1., 16., 81.])
print(x.sqrt(), torch.sqrt(x))
#> tensor([1., 2., 3.]) tensor([1., 2., 3.])
print(torch.exp(torch.tensor([0.0, 1.0])), torch.log(x))
#> tensor([1.0000, 2.7183]) tensor([0.0000, 1.3863, 2.1972])
print(torch.tensor([-2.0, 0.5, 3.0]).abs().clamp(max=1.0))
#> tensor([1.0000, 0.5000, 1.0000])

whole = torch.tensor([7, 8])
print(whole / 2, whole // 2, whole % 3)
#> tensor([3.5000, 4.0000]) tensor([3, 4]) tensor([1, 2])
