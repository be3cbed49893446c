import torch

# --8<-- [start:benchmark]
print(torch.backends.cudnn.benchmark)
#> False
previous = torch.backends.cudnn.benchmark
try:
    torch.backends.cudnn.benchmark = True
    print(torch.backends.cudnn.benchmark)
    #> True
finally:
    torch.backends.cudnn.benchmark = previous
print(torch.backends.cudnn.benchmark)
#> False
# --8<-- [end:benchmark]

# --8<-- [start:flags]
with torch.backends.cudnn.flags(enabled=True, benchmark=True):
    print(torch.backends.cudnn.benchmark)
    #> True
print(torch.backends.cudnn.benchmark)
#> False
# --8<-- [end:flags]
