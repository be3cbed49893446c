import torch
from torch import nn


# --8<-- [start:residual]
class Residual(nn.Module):
    def __init__(self, block: nn.Module):
        super().__init__()
        self.block = block

    def forward(self, x):
        return self.block(x) + x


torch.manual_seed(0)
block = Residual(nn.Conv2d(8, 8, kernel_size=3, padding=1))
x = torch.randn(1, 8, 4, 4)
print(block(x).shape, torch.equal(block(x), block.block(x) + x))
#> torch.Size([1, 8, 4, 4]) True
# --8<-- [end:residual]


# --8<-- [start:readable]
def conv_gelu_bn(conv: nn.Conv2d) -> nn.Sequential:
    return nn.Sequential(conv, nn.GELU(), nn.BatchNorm2d(conv.out_channels))


def conv_mixer(h, depth, kernel_size, patch_size, n_classes):
    patch_embedding = nn.Conv2d(3, h, kernel_size=patch_size, stride=patch_size)
    layers = [conv_gelu_bn(patch_embedding)]
    for _ in range(depth):
        depthwise = nn.Conv2d(h, h, kernel_size, padding=kernel_size // 2, groups=h)
        pointwise = nn.Conv2d(h, h, kernel_size=1)
        layers += [Residual(conv_gelu_bn(depthwise)), conv_gelu_bn(pointwise)]
    pool_and_classify = [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(h, n_classes)]
    return nn.Sequential(*layers, *pool_and_classify)


torch.manual_seed(0)
model = conv_mixer(h=8, depth=1, kernel_size=3, patch_size=2, n_classes=10)
print(model(torch.randn(1, 3, 16, 16)).shape)
#> torch.Size([1, 10])
print(sum(p.numel() for p in model.parameters()))
#> 394
# --8<-- [end:readable]
