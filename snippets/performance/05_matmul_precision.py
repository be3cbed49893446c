import warnings

import torch

# --8<-- [start:get-set]
previous = torch.get_float32_matmul_precision()
print(previous)
#> highest
try:
    torch.set_float32_matmul_precision("high")
    print(torch.get_float32_matmul_precision())
    #> high
finally:
    torch.set_float32_matmul_precision(previous)
print(torch.get_float32_matmul_precision())
#> highest
# --8<-- [end:get-set]

# --8<-- [start:backend-flag]
previous = torch.get_float32_matmul_precision()
try:
    torch.set_float32_matmul_precision("high")
    print(torch.backends.cuda.matmul.fp32_precision)
    #> tf32
finally:
    torch.set_float32_matmul_precision(previous)
print(torch.backends.cuda.matmul.fp32_precision)
#> ieee
# --8<-- [end:backend-flag]

# --8<-- [start:conv]
print(torch.get_float32_matmul_precision(), torch.backends.cudnn.conv.fp32_precision)
#> highest tf32
previous = torch.backends.cudnn.conv.fp32_precision
try:
    torch.backends.cudnn.conv.fp32_precision = "ieee"
    print(torch.backends.cudnn.conv.fp32_precision)
    #> ieee
finally:
    torch.backends.cudnn.conv.fp32_precision = previous
# --8<-- [end:conv]

# --8<-- [start:invalid]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_float32_matmul_precision("low")
print(str(caught[0].message).split(" (Triggered")[0])
#> low is not one of 'highest', 'high', or 'medium'; the currentsetFloat32MatmulPrecision call has no effect.
print(torch.get_float32_matmul_precision())
#> highest
# --8<-- [end:invalid]
