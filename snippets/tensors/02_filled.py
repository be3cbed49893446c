import torch

print(torch.zeros(2, 3))
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.]])
print(torch.ones(2, dtype=torch.int64))
#> tensor([1, 1])
print(torch.full((2, 2), 7.0))
#> tensor([[7., 7.],
#>         [7., 7.]])

template = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(torch.zeros_like(template))
#> tensor([[0, 0, 0],
#>         [0, 0, 0]])
print(torch.ones_like(template, dtype=torch.float32))
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.]])
print(torch.full_like(template, -1))
#> tensor([[-1, -1, -1],
#>         [-1, -1, -1]])
