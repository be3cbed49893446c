import torch
from torch import nn

torch.manual_seed(0)
tokens = torch.randn(2, 5, 8) * 3 + 1

# --8<-- [start:layernorm]
layer_norm = nn.LayerNorm(8)
normed = layer_norm(tokens)
print(normed.shape, layer_norm.weight.shape, layer_norm.bias.shape)
#> torch.Size([2, 5, 8]) torch.Size([8]) torch.Size([8])
mean = normed.mean(dim=-1)
var = normed.var(dim=-1, correction=0)
print(torch.allclose(mean, torch.zeros(2, 5), atol=1e-6))
#> True
print(torch.allclose(var, torch.ones(2, 5), atol=1e-4))
#> True
# --8<-- [end:layernorm]

# --8<-- [start:rmsnorm]
rms_norm = nn.RMSNorm(8)
scaled = rms_norm(tokens)
print(scaled.shape, [name for name, _ in rms_norm.named_parameters()])
#> torch.Size([2, 5, 8]) ['weight']
output_rms = scaled.pow(2).mean(dim=-1).sqrt()
print(torch.allclose(output_rms, torch.ones(2, 5), atol=1e-4))
#> True
input_rms = tokens.pow(2).mean(dim=-1, keepdim=True).sqrt()
print(torch.allclose(scaled, tokens / input_rms, atol=1e-5))
#> True
# --8<-- [end:rmsnorm]
