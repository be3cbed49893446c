import torch
import torch.nn.functional as F
from torch.nn.attention import SDPBackend, sdpa_kernel
from torch.profiler import profile

torch.manual_seed(0)
query = torch.randn(2, 3, 4, 8)

# --8<-- [start:math]
default = F.scaled_dot_product_attention(query, query, query)
with sdpa_kernel([SDPBackend.MATH]):
    reference = F.scaled_dot_product_attention(query, query, query)
print(torch.allclose(default, reference, atol=1e-6))
#> True
with sdpa_kernel([SDPBackend.FLASH_ATTENTION]):
    flash = F.scaled_dot_product_attention(query, query, query)
print(torch.allclose(flash, reference, atol=1e-6))
#> True
with profile() as prof:
    F.scaled_dot_product_attention(query, query, query)
print([event.key for event in prof.key_averages() if "flash" in event.key])
#> ['aten::_scaled_dot_product_flash_attention_for_cpu']
try:
    with sdpa_kernel([SDPBackend.EFFICIENT_ATTENTION]):
        F.scaled_dot_product_attention(query, query, query)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: No viable backend for scaled_dot_product_attention was found. This is likely due to turning off both the math kernel and the fused kernels.
# --8<-- [end:math]
