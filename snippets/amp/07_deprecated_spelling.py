import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 3)
inputs = torch.randn(4, 8)

# --8<-- [start:old]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.cuda.amp.autocast():
        model(inputs)
    torch.cuda.amp.GradScaler()
for warning in caught:
    if warning.category is FutureWarning:
        print(warning.message)
        #> `torch.cuda.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cuda', args...)` instead.
        #> `torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', args...)` instead.
# --8<-- [end:old]

# --8<-- [start:new]
accelerator = torch.accelerator.current_accelerator(check_available=True)
device_type = accelerator.type if accelerator is not None else "cpu"
amp_dtype = torch.float16 if device_type == "cuda" else torch.bfloat16
model = model.to(device_type)
with torch.autocast(device_type=device_type, dtype=amp_dtype):
    outputs = model(inputs.to(device_type))
print(outputs.dtype == amp_dtype)
#> True
scaler = torch.amp.GradScaler(device_type, enabled=amp_dtype == torch.float16)
print(scaler.is_enabled() == (device_type == "cuda"))
#> True
# --8<-- [end:new]
