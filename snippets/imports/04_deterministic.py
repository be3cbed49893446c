import torch

was_benchmark = torch.backends.cudnn.benchmark
torch.use_deterministic_algorithms(True)
torch.backends.cudnn.benchmark = False
try:
    print(torch.are_deterministic_algorithms_enabled())
    #> True
    print(torch.empty(3))
    #> tensor([nan, nan, nan])
finally:
    torch.use_deterministic_algorithms(False)
    torch.backends.cudnn.benchmark = was_benchmark
print(torch.are_deterministic_algorithms_enabled())
#> False
