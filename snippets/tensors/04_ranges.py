import torch

print(torch.arange(5))
#> tensor([0, 1, 2, 3, 4])
print(torch.arange(2, 10, 3))
#> tensor([2, 5, 8])
print(torch.arange(0, 1, 0.25))
#> tensor([0.0000, 0.2500, 0.5000, 0.7500])
print(torch.linspace(0, 1, steps=5))
#> tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
