import torch

print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
#> False False

deterministic, benchmark = (
    torch.backends.cudnn.deterministic,
    torch.backends.cudnn.benchmark,
)
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
try:
    print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
    #> True False
finally:
    torch.backends.cudnn.deterministic = deterministic
    torch.backends.cudnn.benchmark = benchmark
