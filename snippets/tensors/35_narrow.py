import torch

x = torch.arange(12).reshape(3, 4)
print(x.narrow(1, 1, 2))
#> tensor([[ 1,  2],
#>         [ 5,  6],
#>         [ 9, 10]])
print(torch.equal(x.narrow(1, 1, 2), x[:, 1:3]))
#> True
dim = 0
print(x.narrow(dim, 1, 2))
#> tensor([[ 4,  5,  6,  7],
#>         [ 8,  9, 10, 11]])
window = x.narrow(1, 0, 2)
window.zero_()
print(x)
#> tensor([[ 0,  0,  2,  3],
#>         [ 0,  0,  6,  7],
#>         [ 0,  0, 10, 11]])
