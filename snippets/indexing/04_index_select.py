import torch

table = torch.arange(12).reshape(4, 3)

# --8<-- [start:select]
rows = torch.tensor([3, 0, 3])
print(table.index_select(0, rows))
#> tensor([[ 9, 10, 11],
#>         [ 0,  1,  2],
#>         [ 9, 10, 11]])
print(torch.equal(table.index_select(0, rows), table[rows]))
#> True
print(table.index_select(1, torch.tensor([2, 0])))
#> tensor([[ 2,  0],
#>         [ 5,  3],
#>         [ 8,  6],
#>         [11,  9]])
# --8<-- [end:select]

# --8<-- [start:index_add]
buckets = torch.zeros(2, 3, dtype=torch.int64)
buckets.index_add_(0, torch.tensor([0, 1, 0, 0]), table)
print(buckets)
#> tensor([[15, 18, 21],
#>         [ 3,  4,  5]])
# --8<-- [end:index_add]

# --8<-- [start:repeated]
seen = torch.tensor([0, 0, 1])
counts = torch.zeros(3)
counts[seen] += 1
print(counts)
#> tensor([1., 1., 0.])
print(torch.zeros(3).index_put_((seen,), torch.ones(3), accumulate=True))
#> tensor([2., 1., 0.])
print(torch.zeros(3).index_add_(0, seen, torch.ones(3)))
#> tensor([2., 1., 0.])
# --8<-- [end:repeated]
