import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(2, 3, 4, 5)
conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)

# --8<-- [start:format]
channels_last = images.to(memory_format=torch.channels_last)
print(images.shape, images.stride())
#> torch.Size([2, 3, 4, 5]) (60, 20, 5, 1)
print(channels_last.shape, channels_last.stride())
#> torch.Size([2, 3, 4, 5]) (60, 1, 15, 3)
print(
    channels_last.is_contiguous(),
    channels_last.is_contiguous(memory_format=torch.channels_last),
)
#> False True
print(torch.equal(images, channels_last))
#> True
# --8<-- [end:format]

# --8<-- [start:model]
conv_last = conv.to(memory_format=torch.channels_last)
outputs = conv_last(images.to(memory_format=torch.channels_last))
print(outputs.is_contiguous(memory_format=torch.channels_last))
#> True
print(conv_last.weight.is_contiguous(memory_format=torch.channels_last))
#> True
# --8<-- [end:model]

# --8<-- [start:back]
standard = outputs.contiguous()
print(standard.is_contiguous(), standard.stride())
#> True (160, 20, 5, 1)
# --8<-- [end:back]
