import torch

# --8<-- [start:unbind]
a = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(a.unbind(0))
#> (tensor([1, 2, 3]), tensor([4, 5, 6]))
print(a.unbind(1))
#> (tensor([1, 4]), tensor([2, 5]), tensor([3, 6]))
print(torch.equal(torch.stack(a.unbind(1), dim=1), a))
#> True
# --8<-- [end:unbind]

# --8<-- [start:qkv]
torch.manual_seed(0)
batch, tokens, heads, head_dim = 2, 5, 4, 8
qkv = torch.randn(batch, tokens, 3 * heads * head_dim)
qkv = qkv.reshape(batch, tokens, 3, heads, head_dim).permute(2, 0, 3, 1, 4)
q, k, v = qkv.unbind(0)
print(qkv.shape, q.shape)
#> torch.Size([3, 2, 4, 5, 8]) torch.Size([2, 4, 5, 8])
print(qkv.chunk(3)[0].shape)
#> torch.Size([1, 2, 4, 5, 8])
# --8<-- [end:qkv]
