import math

import torch
import torch.nn.functional as F
from torch.nn.attention.bias import causal_lower_right

torch.manual_seed(0)
query = torch.randn(2, 3, 4, 8)
key = torch.randn(2, 3, 4, 8)
value = torch.randn(2, 3, 4, 8)

# --8<-- [start:shapes]
out = F.scaled_dot_product_attention(query, key, value)
print(out.shape)
#> torch.Size([2, 3, 4, 8])
torch.manual_seed(0)
two_queries = torch.randn(2, 3, 2, 8)
six_keys = torch.randn(2, 3, 6, 8)
six_values = torch.randn(2, 3, 6, 5)
print(F.scaled_dot_product_attention(two_queries, six_keys, six_values).shape)
#> torch.Size([2, 3, 2, 5])
# --8<-- [end:shapes]

# --8<-- [start:manual]
scores = query @ key.transpose(-2, -1) / math.sqrt(query.size(-1))
manual = torch.softmax(scores, dim=-1) @ value
print(scores.shape, manual.shape)
#> torch.Size([2, 3, 4, 4]) torch.Size([2, 3, 4, 8])
print(
    torch.allclose(F.scaled_dot_product_attention(query, key, value), manual, atol=1e-6)
)
#> True
# --8<-- [end:manual]

# --8<-- [start:causal]
allowed = torch.ones(4, 4, dtype=torch.bool).tril()
causal = F.scaled_dot_product_attention(query, key, value, is_causal=True)
masked = F.scaled_dot_product_attention(query, key, value, attn_mask=allowed)
print(torch.allclose(causal, masked, atol=1e-6))
#> True
print(torch.allclose(causal[:, :, 0], value[:, :, 0]))
#> True
# --8<-- [end:causal]

# --8<-- [start:lower-right]
full = F.scaled_dot_product_attention(query, key, value, is_causal=True)
last_two = query[:, :, -2:]
top_left = F.scaled_dot_product_attention(last_two, key, value, is_causal=True)
aligned = F.scaled_dot_product_attention(
    last_two, key, value, attn_mask=causal_lower_right(2, 4)
)
print(
    torch.allclose(top_left, full[:, :, -2:], atol=1e-6),
    torch.allclose(aligned, full[:, :, -2:], atol=1e-6),
)
#> False True
bottom_right = torch.ones(2, 4, dtype=torch.bool).tril(diagonal=2)
print(bottom_right)
#> tensor([[ True,  True,  True, False],
#>         [ True,  True,  True,  True]])
dense = F.scaled_dot_product_attention(last_two, key, value, attn_mask=bottom_right)
print(torch.allclose(aligned, dense, atol=1e-6))
#> True
# --8<-- [end:lower-right]

# --8<-- [start:bool_mask]
lengths = torch.tensor([4, 2])
keep = torch.arange(4) < lengths.unsqueeze(1)
print(keep)
#> tensor([[ True,  True,  True,  True],
#>         [ True,  True, False, False]])
out = F.scaled_dot_product_attention(
    query, key, value, attn_mask=keep[:, None, None, :]
)
scores = query @ key.transpose(-2, -1) / math.sqrt(8)
scores = scores.masked_fill(~keep[:, None, None, :], float("-inf"))
print(torch.allclose(out, torch.softmax(scores, dim=-1) @ value, atol=1e-6))
#> True
# --8<-- [end:bool_mask]

# --8<-- [start:float_mask]
additive = torch.zeros(4, 4).masked_fill(
    ~torch.ones(4, 4, dtype=torch.bool).tril(), float("-inf")
)
print(additive)
#> tensor([[0., -inf, -inf, -inf],
#>         [0., 0., -inf, -inf],
#>         [0., 0., 0., -inf],
#>         [0., 0., 0., 0.]])
out = F.scaled_dot_product_attention(query, key, value, attn_mask=additive)
causal = F.scaled_dot_product_attention(query, key, value, is_causal=True)
print(torch.allclose(out, causal, atol=1e-6))
#> True
# --8<-- [end:float_mask]

# --8<-- [start:errors]
causal_ints = torch.ones(4, 4, dtype=torch.int64).tril()
try:
    F.scaled_dot_product_attention(query, key, value, attn_mask=causal_ints)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected attn_mask dtype to be bool or float or to match query dtype, but got attn_mask.dtype: long int and  query.dtype: float instead.
keep_keys = torch.tensor([[True, True, True, True], [True, True, False, False]])
try:
    F.scaled_dot_product_attention(query, key, value, attn_mask=keep_keys)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: The size of tensor a (4) must match the size of tensor b (2) at non-singleton dimension 2
# --8<-- [end:errors]
