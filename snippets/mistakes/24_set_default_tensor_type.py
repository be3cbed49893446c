import warnings

import torch

# --8<-- [start:wrong]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        torch.set_default_tensor_type("torch.DoubleTensor")
        print(torch.tensor([1.0]).dtype)
        #> torch.float64
    finally:
        torch.set_default_dtype(torch.float32)
print(caught[0].category.__name__, str(caught[0].message).split(",")[0])
#> UserWarning torch.set_default_tensor_type() is deprecated as of PyTorch 2.1
# --8<-- [end:wrong]

# --8<-- [start:right]
torch.set_default_dtype(torch.float64)
try:
    print(torch.tensor([1.0]).dtype)
    #> torch.float64
finally:
    torch.set_default_dtype(torch.float32)

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
torch.set_default_device(device)
try:
    print(torch.zeros(2).device.type == device.type)
    #> True
finally:
    torch.set_default_device(None)
# --8<-- [end:right]
