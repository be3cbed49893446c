import torch
from PIL import Image
from torchvision import transforms
from torchvision.transforms import v2

image = Image.new("RGB", (3, 2), (255, 128, 0))

# --8<-- [start:wrong]
try:
    transforms.toTensor()
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
#> AttributeError: module 'torchvision.transforms' has no attribute 'toTensor'
# --8<-- [end:wrong]

# --8<-- [start:right]
print(transforms.ToTensor()(image).shape)
#> torch.Size([3, 2, 3])

to_tensor = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
pixels = to_tensor(image)
print(pixels.shape, pixels.dtype)
#> torch.Size([3, 2, 3]) torch.float32
print(pixels[:, 0, 0])
#> tensor([1.0000, 0.5020, 0.0000])
# --8<-- [end:right]
