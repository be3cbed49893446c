# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:same-device-cuda]
model = nn.Linear(3, 2).to("cuda")
inputs = torch.zeros(4, 3)
try:
    model(inputs)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> ...
print(model(inputs.to("cuda")).device)
#> ...
# --8<-- [end:same-device-cuda]

# --8<-- [start:device-ordinal-cuda]
missing = torch.cuda.device_count()
try:
    torch.zeros(1, device=f"cuda:{missing}")
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> ...
# --8<-- [end:device-ordinal-cuda]
