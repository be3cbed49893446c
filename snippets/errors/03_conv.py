import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:conv-input-dim]
flat_images = torch.zeros(8, 784)
conv = nn.Conv2d(1, 16, kernel_size=3)
try:
    conv(flat_images)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [8, 784]
images = flat_images.view(-1, 1, 28, 28)
print(conv(images).shape)
#> torch.Size([8, 16, 26, 26])
# --8<-- [end:conv-input-dim]

# --8<-- [start:channels-last]
images_hwc = torch.zeros(8, 32, 32, 3)
conv = nn.Conv2d(3, 16, kernel_size=3)
try:
    conv(images_hwc)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Given groups=1, weight of size [16, 3, 3, 3], expected input[8, 32, 32, 3] to have 3 channels, but got 32 channels instead
images = images_hwc.permute(0, 3, 1, 2)
print(conv(images).shape)
#> torch.Size([8, 16, 30, 30])
# --8<-- [end:channels-last]

# --8<-- [start:grayscale]
gray_images = torch.zeros(8, 1, 28, 28)
rgb_conv = nn.Conv2d(3, 16, kernel_size=3)
try:
    rgb_conv(gray_images)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Given groups=1, weight of size [16, 3, 3, 3], expected input[8, 1, 28, 28] to have 3 channels, but got 1 channels instead
print(rgb_conv(gray_images.expand(-1, 3, -1, -1)).shape)
#> torch.Size([8, 16, 26, 26])
# --8<-- [end:grayscale]

# --8<-- [start:kernel-size]
small_maps = torch.zeros(1, 16, 3, 3)
conv = nn.Conv2d(16, 32, kernel_size=5)
try:
    conv(small_maps)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Calculated padded input size per channel: (3 x 3). Kernel size: (5 x 5). Kernel size can't be greater than actual input size
print(nn.Conv2d(16, 32, kernel_size=5, padding=2)(small_maps).shape)
#> torch.Size([1, 32, 3, 3])
# --8<-- [end:kernel-size]

# --8<-- [start:pool-too-small]
tiny_maps = torch.zeros(1, 16, 1, 1)
try:
    nn.MaxPool2d(2)(tiny_maps)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Given input size: (16x1x1). Calculated output size: (16x0x0). Output size is too small
print(nn.AdaptiveMaxPool2d(1)(tiny_maps).shape)
#> torch.Size([1, 16, 1, 1])
# --8<-- [end:pool-too-small]
