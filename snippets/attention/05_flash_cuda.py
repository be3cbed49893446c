# requires: cuda
import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel

torch.manual_seed(0)
query = torch.randn(2, 8, 1024, 64, device="cuda", dtype=torch.float16)

with sdpa_kernel(SDPBackend.FLASH_ATTENTION):
    out = F.scaled_dot_product_attention(query, query, query, is_causal=True)
print(out.dtype, out.shape)
#> ...
with sdpa_kernel([SDPBackend.MATH]):
    reference = F.scaled_dot_product_attention(query, query, query, is_causal=True)
print((out - reference).abs().max())
#> ...
