import torch

torch.manual_seed(0)
print(torch.rand(2, 3))
#> tensor([[0.4963, 0.7682, 0.0885],
#>         [0.1320, 0.3074, 0.6341]])
print(torch.randn(2, 3))
#> tensor([[ 1.2645, -0.6874,  0.1604],
#>         [-0.6065, -0.7831,  1.0622]])
print(torch.randint(0, 10, (5,)))
#> tensor([4, 3, 6, 9, 1])

template = torch.zeros(2, 2)
print(torch.rand_like(template))
#> tensor([[0.8742, 0.4194],
#>         [0.5529, 0.9527]])
print(torch.randn_like(template).shape)
#> torch.Size([2, 2])
