import torch

torch.manual_seed(0)
generator = torch.Generator().manual_seed(42)
print(torch.rand(3, generator=generator))
#> tensor([0.8823, 0.9150, 0.3829])
print(torch.rand(3))
#> tensor([0.4963, 0.7682, 0.0885])

generator.manual_seed(42)
print(torch.rand(3, generator=generator))
#> tensor([0.8823, 0.9150, 0.3829])
print(torch.randperm(5, generator=generator))
#> tensor([4, 3, 0, 1, 2])
