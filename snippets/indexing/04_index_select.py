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
