import numpy as np
import torch
from PIL import Image
from torchvision.transforms import v2

torch.manual_seed(0)
pixels = torch.tensor([[0, 51, 102], [153, 204, 255]], dtype=torch.uint8)
image = Image.fromarray(pixels.numpy())
print(image.mode, image.size)
#> L (3, 2)

# --8<-- [start:compose]
transform = v2.Compose(
    [
        v2.ToImage(),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize((0.5,), (0.5,)),
    ]
)
x = transform(image)
print(x.shape, x.dtype, x.min().item(), x.max().item())
#> torch.Size([1, 2, 3]) torch.float32 -1.0 1.0
print(x)
#> Image([[[-1.0000, -0.6000, -0.2000],
#>         [ 0.2000,  0.6000,  1.0000]]], )
# --8<-- [end:compose]

# --8<-- [start:steps]
as_uint8 = v2.ToImage()(image)
print(type(as_uint8).__name__, as_uint8.dtype, as_uint8.shape)
#> Image torch.uint8 torch.Size([1, 2, 3])
as_float = v2.ToDtype(torch.float32, scale=True)(as_uint8)
print(as_float)
#> Image([[[0.0000, 0.2000, 0.4000],
#>         [0.6000, 0.8000, 1.0000]]], )
from_float_array = v2.ToImage()(np.zeros((2, 3, 1), dtype=np.float32))
print(from_float_array.dtype, from_float_array.shape)
#> torch.float32 torch.Size([1, 2, 3])
# --8<-- [end:steps]

# --8<-- [start:tensor]
batch = torch.randint(0, 256, (4, 3, 8, 8), dtype=torch.uint8)
to_float = v2.Compose(
    [v2.ToDtype(torch.float32, scale=True), v2.Normalize((0.5,), (0.5,))]
)
batch_float = to_float(batch)
print(batch_float.shape, batch_float.dtype)
#> torch.Size([4, 3, 8, 8]) torch.float32
# --8<-- [end:tensor]
