import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:linear-input]
images = torch.zeros(8, 3, 32, 32)
model = nn.Sequential(nn.Flatten(), nn.Linear(32 * 32, 10))
try:
    model(images)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (8x3072 and 1024x10)
print(images.flatten(1).shape)
#> torch.Size([8, 3072])
model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))
print(model(images).shape)
#> torch.Size([8, 10])
# --8<-- [end:linear-input]

# --8<-- [start:flatten-size]
features = torch.zeros(4, 16, 4, 4)
try:
    features.view(-1, 16 * 5 * 5)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: shape '[-1, 400]' is invalid for input of size 1024
print(features.flatten(1).shape)
#> torch.Size([4, 256])
# --8<-- [end:flatten-size]

# --8<-- [start:batch-size]
features = torch.zeros(4, 8, 4, 4)
labels = torch.tensor([0, 2, 1, 0])
head = nn.Linear(64, 3)
try:
    F.cross_entropy(head(features.view(-1, 64)), labels)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: Expected input batch_size (8) to match target batch_size (4).
print(features.view(-1, 64).shape)
#> torch.Size([8, 64])
head = nn.Linear(8 * 4 * 4, 3)
print(head(features.flatten(1)).shape)
#> torch.Size([4, 3])
# --8<-- [end:batch-size]

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
