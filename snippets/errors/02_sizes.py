import torch
import torch.nn.functional as F

torch.manual_seed(0)

# --8<-- [start:cat-sizes]
skip = torch.zeros(1, 8, 15, 15)
upsampled = F.interpolate(F.max_pool2d(skip, 2), scale_factor=2)
try:
    torch.cat([upsampled, skip], dim=1)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Sizes of tensors must match except in dimension 1. Expected size 14 but got size 15 for tensor number 1 in the list.
upsampled = F.interpolate(F.max_pool2d(skip, 2), size=skip.shape[-2:])
print(torch.cat([upsampled, skip], dim=1).shape)
#> torch.Size([1, 16, 15, 15])
# --8<-- [end:cat-sizes]

# --8<-- [start:broadcast]
rgba_image = torch.zeros(4, 8, 8)
mean = torch.tensor([0.485, 0.456, 0.406]).view(3, 1, 1)
try:
    rgba_image - mean
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: The size of tensor a (4) must match the size of tensor b (3) at non-singleton dimension 0
print((rgba_image[:3] - mean).shape)
#> torch.Size([3, 8, 8])
# --8<-- [end:broadcast]

# --8<-- [start:dim-range]
logits = torch.tensor([2.0, 0.5, -1.0])
try:
    torch.softmax(logits, dim=1)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
print(torch.softmax(logits.unsqueeze(0), dim=1).shape)
#> torch.Size([1, 3])
print(torch.softmax(logits, dim=-1).shape)
#> torch.Size([3])
# --8<-- [end:dim-range]
