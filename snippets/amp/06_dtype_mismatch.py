import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(8, 4)
head = nn.Linear(4, 2)
inputs = torch.randn(3, 8)

# --8<-- [start:outside]
with torch.autocast("cpu", dtype=torch.bfloat16):
    features = encoder(inputs)
try:
    head(features)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got BFloat16 and Float
print(head(features.float()).dtype)
#> torch.float32
with torch.autocast("cpu", dtype=torch.bfloat16):
    print(head(features).dtype)
    #> torch.bfloat16
# --8<-- [end:outside]

# --8<-- [start:inplace]
totals = torch.zeros(3, 4)
with torch.autocast("cpu", dtype=torch.bfloat16):
    features = encoder(inputs)
    try:
        totals.index_add_(0, torch.tensor([0, 1, 2]), features)
    except RuntimeError as err:
        print(f"{type(err).__name__}: {err}")
        #> RuntimeError: index_add_(): self (Float) and source (BFloat16) must have the same scalar type
    totals.index_add_(0, torch.tensor([0, 1, 2]), features.to(totals.dtype))
    print(totals.add_(features).dtype)
    #> torch.float32
# --8<-- [end:inplace]
