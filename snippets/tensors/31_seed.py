import torch

torch.manual_seed(42)
first = torch.rand(3)
torch.manual_seed(42)
second = torch.rand(3)
print(first)
#> tensor([0.8823, 0.9150, 0.3829])
print(second)
#> tensor([0.8823, 0.9150, 0.3829])
print(torch.equal(first, second))
#> True
print(torch.equal(torch.rand(3), first))
#> False
