import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(1, 3, 28, 28)


def conv_size(size, kernel, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


for stride, padding, dilation in [(1, 0, 1), (2, 1, 1), (1, 0, 2), (1, 2, 2)]:
    conv = nn.Conv2d(3, 8, 3, stride=stride, padding=padding, dilation=dilation)
    size = conv(images).shape[-1]
    print(
        f"{stride=} {padding=} {dilation=}: {size} {conv_size(28, 3, stride, padding, dilation)}"
    )
    #> stride=1 padding=0 dilation=1: 26 26
    #> stride=2 padding=1 dilation=1: 14 14
    #> stride=1 padding=0 dilation=2: 24 24
    #> stride=1 padding=2 dilation=2: 28 28
print(nn.Conv2d(3, 8, 3, dilation=2).weight.shape)
#> torch.Size([8, 3, 3, 3])
