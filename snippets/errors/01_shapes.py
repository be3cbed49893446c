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
    #> [torch<2.15]
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (8x3072 and 1024x10)
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
