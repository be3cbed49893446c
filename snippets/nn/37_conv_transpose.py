import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
features = torch.randn(1, 8, 7, 7)

# --8<-- [start:transpose]
torch.manual_seed(0)
up = nn.ConvTranspose2d(in_channels=8, out_channels=4, kernel_size=2, stride=2)
print(up(features).shape)
#> torch.Size([1, 4, 14, 14])
print(up.weight.shape)
#> torch.Size([8, 4, 2, 2])
# --8<-- [end:transpose]


# --8<-- [start:size-rule]
def transposed_size(size, kernel, stride=1, padding=0, output_padding=0):
    return (size - 1) * stride - 2 * padding + kernel + output_padding


torch.manual_seed(0)
up = nn.ConvTranspose2d(8, 4, kernel_size=3, stride=2, padding=1)
print(up(features).shape[-1], transposed_size(7, 3, stride=2, padding=1))
#> 13 13
print(up(features, output_size=[14, 14]).shape[-1])
#> 14
up_even = nn.ConvTranspose2d(8, 4, 3, stride=2, padding=1, output_padding=1)
print(up_even(features).shape[-1], transposed_size(7, 3, 2, 1, output_padding=1))
#> 14 14
down = nn.Conv2d(4, 8, kernel_size=3, stride=2, padding=1)
print([down(torch.randn(1, 4, size, size)).shape[-1] for size in (13, 14)])
#> [7, 7]
# --8<-- [end:size-rule]

# --8<-- [start:upsample]
torch.manual_seed(0)
upsample = nn.Sequential(
    nn.Upsample(scale_factor=2, mode="nearest"),
    nn.Conv2d(8, 4, kernel_size=3, padding=1),
)
print(upsample(features).shape)
#> torch.Size([1, 4, 14, 14])
print(F.interpolate(features, size=(10, 12), mode="bilinear").shape)
#> torch.Size([1, 8, 10, 12])
small = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
print(F.interpolate(small, scale_factor=2, mode="nearest"))
#> tensor([[[[1., 1., 2., 2.],
#>           [1., 1., 2., 2.],
#>           [3., 3., 4., 4.],
#>           [3., 3., 4., 4.]]]])
print(F.interpolate(small, scale_factor=2, mode="bilinear"))
#> tensor([[[[1.0000, 1.2500, 1.7500, 2.0000],
#>           [1.5000, 1.7500, 2.2500, 2.5000],
#>           [2.5000, 2.7500, 3.2500, 3.5000],
#>           [3.0000, 3.2500, 3.7500, 4.0000]]]])
# --8<-- [end:upsample]
