# requires: torch214
import warnings

import torch
from PIL import Image
from torchvision.io import ImageReadMode, decode_image

torch.manual_seed(0)
pixels = torch.randint(0, 256, (4, 6, 3), dtype=torch.uint8)
Image.fromarray(pixels.numpy()).save("photo.png")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    image = decode_image("photo.png", mode=ImageReadMode.RGB)
print(type(image).__name__, image.dtype, image.shape)
#> Tensor torch.uint8 torch.Size([3, 4, 6])
print(torch.equal(image, pixels.permute(2, 0, 1)))
#> True
print(caught[0].category.__name__, str(caught[0].message).split(". ")[0])
#> DeprecationWarning The image decoding and encoding capabilities of TorchVision are deprecated since torchvision 0.29 and will be removed in a future release
