import torch

# --8<-- [start:wrong]
context = torch.cuda.device(0)
print(type(context), isinstance(context, torch.device))
#> <class 'torch.cuda.device'> False
# --8<-- [end:wrong]

# --8<-- [start:right]
device = torch.device("cuda", 0)
print(repr(device), isinstance(device, torch.device))
#> device(type='cuda', index=0) True
# --8<-- [end:right]
