import math

import torch
from torch import nn

torch.manual_seed(0)
token_vectors = torch.randn(2, 6, 4)


# --8<-- [start:sinusoidal]
def sinusoidal(length, dim):
    position = torch.arange(length).unsqueeze(1)
    frequency = torch.exp(torch.arange(0, dim, 2) * (-math.log(10000.0) / dim))
    encoding = torch.zeros(length, dim)
    encoding[:, 0::2] = torch.sin(position * frequency)
    encoding[:, 1::2] = torch.cos(position * frequency)
    return encoding


encoding = sinusoidal(6, 4)
print(encoding[:3])
#> tensor([[ 0.0000,  1.0000,  0.0000,  1.0000],
#>         [ 0.8415,  0.5403,  0.0100,  0.9999],
#>         [ 0.9093, -0.4161,  0.0200,  0.9998]])
print((token_vectors + encoding).shape)
#> torch.Size([2, 6, 4])
# --8<-- [end:sinusoidal]

# --8<-- [start:learned]
torch.manual_seed(0)
max_length = 16
positions = nn.Embedding(max_length, 4)
inputs = token_vectors + positions(torch.arange(token_vectors.size(1)))
print(positions(torch.arange(6)).shape, inputs.shape)
#> torch.Size([6, 4]) torch.Size([2, 6, 4])
# --8<-- [end:learned]
