import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 5, 8)

# --8<-- [start:heads]
try:
    nn.MultiheadAttention(embed_dim=10, num_heads=4)
except AssertionError as err:
    print(f"{type(err).__name__}: {err}")
    #> AssertionError: embed_dim must be divisible by num_heads
# --8<-- [end:heads]

# --8<-- [start:masks]
torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
try:
    mha(x, x, x, key_padding_mask=torch.zeros(5, 2, dtype=torch.bool))
except AssertionError as err:
    print(f"{type(err).__name__}: {err}")
    #> AssertionError: Expected key_padded_mask.shape[0] to be 2, but got 5
try:
    mha(x, x, x, attn_mask=torch.zeros(2, 5, 5, dtype=torch.bool))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: The shape of the 3D attn_mask is torch.Size([2, 5, 5]), but should be (4, 5, 5).
try:
    mha(x, x, x, key_padding_mask=torch.zeros(2, 5, dtype=torch.int64))
except AssertionError as err:
    print(f"{type(err).__name__}: {err}")
    #> AssertionError: only bool and floating types of key_padding_mask are supported
# --8<-- [end:masks]
