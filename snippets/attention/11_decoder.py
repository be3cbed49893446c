import warnings

import torch
from torch import nn

torch.manual_seed(0)
memory = torch.randn(2, 6, 8)
tgt = torch.randn(2, 4, 8)

# --8<-- [start:decoder]
torch.manual_seed(0)
layer = nn.TransformerDecoderLayer(
    d_model=8, nhead=2, dim_feedforward=16, dropout=0.0, batch_first=True
)
decoder = nn.TransformerDecoder(layer, num_layers=2)
tgt_mask = nn.Transformer.generate_square_subsequent_mask(4)
out = decoder(tgt, memory, tgt_mask=tgt_mask, tgt_is_causal=True)
print(out.shape)
#> torch.Size([2, 4, 8])
changed = tgt.clone()
changed[:, -1] = 100.0
changed_out = decoder(changed, memory, tgt_mask=tgt_mask, tgt_is_causal=True)
print(torch.allclose(changed_out[:, :-1], out[:, :-1]))
#> True
# --8<-- [end:decoder]

# --8<-- [start:padding]
memory_padding = torch.tensor([[False] * 6, [False] * 4 + [True] * 2])
out = decoder(tgt, memory, tgt_mask=tgt_mask, memory_key_padding_mask=memory_padding)
noisy = memory.clone()
noisy[1, 4:] = 100.0
noisy_out = decoder(
    tgt, noisy, tgt_mask=tgt_mask, memory_key_padding_mask=memory_padding
)
print(torch.allclose(noisy_out, out))
#> True
tgt_padding = torch.tensor([[False] * 4, [False] * 3 + [True]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    mixed = decoder(tgt, memory, tgt_mask=tgt_mask, tgt_key_padding_mask=tgt_padding)
print(caught[0].message)
#> Support for mismatched key_padding_mask and attn_mask is deprecated. Use same type for both instead.
causal = torch.ones(4, 4, dtype=torch.bool).triu(diagonal=1)
out = decoder(tgt, memory, tgt_mask=causal, tgt_key_padding_mask=tgt_padding)
print(torch.allclose(out, mixed))
#> True
# --8<-- [end:padding]
