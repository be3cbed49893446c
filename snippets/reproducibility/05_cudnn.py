import torch

# --8<-- [start:flags]
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
# --8<-- [end:flags]

# --8<-- [start:context-manager]
previous = torch.backends.cudnn.deterministic
torch.backends.cudnn.deterministic = True
try:
    with torch.backends.cudnn.flags(enabled=True, benchmark=True):
        print(torch.backends.cudnn.deterministic)
        #> False
    with torch.backends.cudnn.flags(enabled=True, deterministic=True):
        print(torch.backends.cudnn.deterministic)
        #> True
    print(torch.backends.cudnn.deterministic)
    #> True
finally:
    torch.backends.cudnn.deterministic = previous
# --8<-- [end:context-manager]
