import torch

print(torch.cuda.is_available())
#> False
#> [cuda]
#> True
print(torch.cuda.device_count())
#> 0
#> [cuda]
#> ...
