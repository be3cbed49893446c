import torch

torch.manual_seed(0)
a = torch.arange(6.0).reshape(2, 3)
b = torch.arange(12.0).reshape(3, 4)
queries = torch.randn(2, 4, 5, 8)
keys = torch.randn(2, 4, 6, 8)

# --8<-- [start:matmul]
product = torch.einsum("ij,jk->ik", a, b)
print(product)
#> tensor([[20., 23., 26., 29.],
#>         [56., 68., 80., 92.]])
print(torch.equal(product, a @ b))
#> True
# --8<-- [end:matmul]

# --8<-- [start:one_operand]
square = torch.arange(9.0).reshape(3, 3)
print(torch.einsum("ij->ji", a).shape)
#> torch.Size([3, 2])
print(torch.einsum("ii->", square), torch.trace(square))
#> tensor(12.) tensor(12.)
print(torch.einsum("ii->i", square))
#> tensor([0., 4., 8.])
print(torch.einsum("ij->j", a), a.sum(dim=0))
#> tensor([3., 5., 7.]) tensor([3., 5., 7.])
# --8<-- [end:one_operand]

# --8<-- [start:outer]
u = torch.tensor([1.0, 2.0, 3.0])
v = torch.tensor([10.0, 20.0])
print(torch.einsum("i,j->ij", u, v))
#> tensor([[10., 20.],
#>         [20., 40.],
#>         [30., 60.]])
print(torch.einsum("i,i->", u, u), u.dot(u))
#> tensor(14.) tensor(14.)
# --8<-- [end:outer]

# --8<-- [start:batch]
torch.manual_seed(0)
left = torch.randn(10, 2, 3)
right = torch.randn(10, 3, 4)
batched = torch.einsum("bij,bjk->bik", left, right)
print(batched.shape)
#> torch.Size([10, 2, 4])
print(torch.allclose(batched, torch.bmm(left, right)))
#> True
# --8<-- [end:batch]

# --8<-- [start:scores]
scores = torch.einsum("nhqd,nhkd->nhqk", queries, keys)
print(scores.shape)
#> torch.Size([2, 4, 5, 6])
print(torch.allclose(scores, queries @ keys.transpose(-2, -1)))
#> True
# --8<-- [end:scores]

# --8<-- [start:bilinear]
torch.manual_seed(0)
x = torch.randn(4, 3)
y = torch.randn(4, 5)
weight = torch.randn(3, 5)
bilinear = torch.einsum("ni,ij,nj->n", x, weight, y)
print(bilinear.shape)
#> torch.Size([4])
print(torch.allclose(bilinear, ((x @ weight) * y).sum(dim=1)))
#> True
# --8<-- [end:bilinear]
