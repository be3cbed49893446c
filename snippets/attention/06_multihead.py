import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(2, 5, 8)

# --8<-- [start:self]
out, weights = mha(x, x, x)
print(out.shape, weights.shape)
#> torch.Size([2, 5, 8]) torch.Size([2, 5, 5])
print(torch.allclose(weights.sum(dim=-1), torch.ones(2, 5)))
#> True
# --8<-- [end:self]

# --8<-- [start:weights]
_, per_head = mha(x, x, x, average_attn_weights=False)
print(per_head.shape)
#> torch.Size([2, 2, 5, 5])
out, weights = mha(x, x, x, need_weights=False)
print(out.shape, weights)
#> torch.Size([2, 5, 8]) None
# --8<-- [end:weights]

# --8<-- [start:key_padding]
lengths = torch.tensor([5, 3])
ignore = torch.arange(5) >= lengths.unsqueeze(1)
print(ignore)
#> tensor([[False, False, False, False, False],
#>         [False, False, False,  True,  True]])
out, weights = mha(x, x, x, key_padding_mask=ignore)
print(weights[1].detach())
#> tensor([[0.2587, 0.3553, 0.3860, 0.0000, 0.0000],
#>         [0.1237, 0.3861, 0.4902, 0.0000, 0.0000],
#>         [0.2450, 0.3935, 0.3616, 0.0000, 0.0000],
#>         [0.5274, 0.2789, 0.1937, 0.0000, 0.0000],
#>         [0.1673, 0.3671, 0.4656, 0.0000, 0.0000]])
# --8<-- [end:key_padding]

# --8<-- [start:attn_mask]
blocked = torch.ones(5, 5, dtype=torch.bool).triu(diagonal=1)
print(blocked[:2])
#> tensor([[False,  True,  True,  True,  True],
#>         [False, False,  True,  True,  True]])
additive = nn.Transformer.generate_square_subsequent_mask(5)
out_bool, _ = mha(x, x, x, attn_mask=blocked)
out_float, _ = mha(x, x, x, attn_mask=additive)
print(torch.allclose(out_bool, out_float, atol=1e-6))
#> True
# --8<-- [end:attn_mask]

# --8<-- [start:conventions]
q, k, v = F.linear(x, mha.in_proj_weight, mha.in_proj_bias).chunk(3, dim=-1)


def split_heads(t):
    return t.view(2, 5, 2, 4).transpose(1, 2)


attended = F.scaled_dot_product_attention(
    split_heads(q), split_heads(k), split_heads(v), attn_mask=~ignore[:, None, None, :]
)
manual = mha.out_proj(attended.transpose(1, 2).reshape(2, 5, 8))
out, _ = mha(x, x, x, key_padding_mask=ignore)
print(torch.allclose(out, manual, atol=1e-6))
#> True
# --8<-- [end:conventions]
