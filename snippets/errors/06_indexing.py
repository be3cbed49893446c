import warnings

import torch

# --8<-- [start:too-many-indices]
scores = torch.tensor([0.1, 0.7, 0.2])
try:
    scores[:, 1]
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: too many indices for tensor of dimension 1
print(scores.unsqueeze(0)[:, 1])
#> tensor([0.7000])
# --8<-- [end:too-many-indices]

# --8<-- [start:mask-shape]
values = torch.tensor([1.0, -2.0, 3.0, -4.0])
keep = torch.tensor([True, False, True])
try:
    values[keep]
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [4] at index 0
print(values[values > 0])
#> tensor([1., 3.])
# --8<-- [end:mask-shape]

# --8<-- [start:uint8-mask]
values = torch.tensor([1.0, -2.0, 3.0])
byte_mask = torch.tensor([1, 0, 1], dtype=torch.uint8)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    values[byte_mask]
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split(' (')[0]}")
    #> UserWarning: indexing with dtype torch.uint8 is now deprecated, please use a dtype torch.bool instead.
print(values[byte_mask.bool()])
#> tensor([1., 3.])
# --8<-- [end:uint8-mask]
