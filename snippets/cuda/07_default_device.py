import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:meta]
with torch.device("meta"):
    huge = nn.Linear(100_000, 100_000)
print(huge.weight.device, huge.weight.shape, huge.weight.is_meta)
#> meta torch.Size([100000, 100000]) True
# --8<-- [end:meta]

# --8<-- [start:default]
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.set_default_device(device)
torch.set_default_dtype(torch.float64)
try:
    zeros = torch.zeros(2)
    layer = nn.Linear(2, 1)
    print(zeros.device.type == device.type, zeros.dtype, layer.weight.dtype)
    #> True torch.float64 torch.float64
finally:
    torch.set_default_device(None)
    torch.set_default_dtype(torch.float32)
print(torch.get_default_device(), torch.get_default_dtype())
#> cpu torch.float32
# --8<-- [end:default]
