import warnings

import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(2, 5, 8)

# --8<-- [start:encoder]
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(
    d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True
)
encoder = nn.TransformerEncoder(layer, num_layers=2)
print(encoder(x).shape)
#> torch.Size([2, 5, 8])
# --8<-- [end:encoder]

# --8<-- [start:causal]
mask = nn.Transformer.generate_square_subsequent_mask(5)
print(mask)
#> tensor([[0., -inf, -inf, -inf, -inf],
#>         [0., 0., -inf, -inf, -inf],
#>         [0., 0., 0., -inf, -inf],
#>         [0., 0., 0., 0., -inf],
#>         [0., 0., 0., 0., 0.]])
out = encoder(x, mask=mask, is_causal=True)
changed = x.clone()
changed[:, -1] = 100.0
print(torch.allclose(encoder(changed, mask=mask, is_causal=True)[:, :-1], out[:, :-1]))
#> True
# --8<-- [end:causal]

# --8<-- [start:norm_first]
torch.manual_seed(0)
pre_norm = nn.TransformerEncoderLayer(
    8, 2, 16, dropout=0.0, batch_first=True, norm_first=True
)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.TransformerEncoder(pre_norm, num_layers=2)
print(caught[0].message)
#> enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.norm_first was True
encoder = nn.TransformerEncoder(pre_norm, num_layers=2, enable_nested_tensor=False)
print(encoder(x).shape)
#> torch.Size([2, 5, 8])
# --8<-- [end:norm_first]

# --8<-- [start:padding]
torch.manual_seed(0)
layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True)
ignore = torch.tensor([[False] * 5, [False] * 3 + [True] * 2])
fast = nn.TransformerEncoder(layer, num_layers=2).eval()
plain = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False).eval()
with warnings.catch_warnings(), torch.no_grad():
    warnings.filterwarnings("ignore", "The PyTorch API of nested tensors")
    out = fast(x, src_key_padding_mask=ignore)
    out_plain = plain(x, src_key_padding_mask=ignore)
print(out[1, 3:])
#> tensor([[0., 0., 0., 0., 0., 0., 0., 0.],
#>         [0., 0., 0., 0., 0., 0., 0., 0.]])
print(torch.allclose(out[:, :3], out_plain[:, :3], atol=1e-6))
#> True
# --8<-- [end:padding]
