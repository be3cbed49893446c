import warnings

import torch
import torch.nn.functional as F
from torch.nn.attention.flex_attention import create_block_mask, flex_attention

warnings.filterwarnings("ignore", "flex_attention called without torch.compile")

torch.manual_seed(0)
query = torch.randn(1, 2, 8, 4)
key = torch.randn(1, 2, 8, 4)
value = torch.randn(1, 2, 8, 4)


# --8<-- [start:score-mod]
def causal(score, batch, head, q_idx, kv_idx):
    return torch.where(q_idx >= kv_idx, score, -float("inf"))


out = flex_attention(query, key, value, score_mod=causal)
reference = F.scaled_dot_product_attention(query, key, value, is_causal=True)
print(torch.allclose(out, reference, atol=1e-6))
#> True
# --8<-- [end:score-mod]


# --8<-- [start:mask-mod]
def sliding_window(batch, head, q_idx, kv_idx):
    return (q_idx >= kv_idx) & (q_idx - kv_idx < 3)


block_mask = create_block_mask(sliding_window, None, None, 8, 8, device="cpu")
out = flex_attention(query, key, value, block_mask=block_mask)
positions = torch.arange(8)
allowed = sliding_window(None, None, positions[:, None], positions[None, :])
print(allowed[:5].int())
#> tensor([[1, 0, 0, 0, 0, 0, 0, 0],
#>         [1, 1, 0, 0, 0, 0, 0, 0],
#>         [1, 1, 1, 0, 0, 0, 0, 0],
#>         [0, 1, 1, 1, 0, 0, 0, 0],
#>         [0, 0, 1, 1, 1, 0, 0, 0]], dtype=torch.int32)
reference = F.scaled_dot_product_attention(query, key, value, attn_mask=allowed)
print(torch.allclose(out, reference, atol=1e-6))
#> True
# --8<-- [end:mask-mod]
