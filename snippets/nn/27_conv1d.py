import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv1d(in_channels=16, out_channels=32, kernel_size=3, padding=1)
signals = torch.randn(8, 16, 100)
print(conv(signals).shape, conv.weight.shape)
#> torch.Size([8, 32, 100]) torch.Size([32, 16, 3])
print(nn.Conv1d(16, 32, kernel_size=3)(signals).shape)
#> torch.Size([8, 32, 98])

sequences = torch.randn(8, 100, 16)
try:
    conv(sequences)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> RuntimeError: Given groups=1, weight of size [32, 16, 3], expected input[8, 100, 16] to have 16 channels, but got 100 channels instead
print(conv(sequences.transpose(1, 2)).transpose(1, 2).shape)
#> torch.Size([8, 100, 32])
