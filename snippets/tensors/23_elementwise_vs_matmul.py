import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[10, 20], [30, 40]])
print(a * b)
#> tensor([[ 10,  40],
#>         [ 90, 160]])
print(a @ b)
#> tensor([[ 70, 100],
#>         [150, 220]])
print(torch.mul(a, b).equal(a * b), torch.matmul(a, b).equal(a @ b))
#> True True
