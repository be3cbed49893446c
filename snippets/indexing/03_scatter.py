import torch

labels = torch.tensor([1, 0, 2, 1])
values = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
groups = torch.tensor([0, 1, 0, 2, 1])

# --8<-- [start:scatter]
one_hot = torch.zeros(4, 3).scatter_(1, labels.unsqueeze(1), 1.0)
print(one_hot)
#> tensor([[0., 1., 0.],
#>         [1., 0., 0.],
#>         [0., 0., 1.],
#>         [0., 1., 0.]])
placed = torch.zeros(2, 4).scatter(1, torch.tensor([[3, 0], [1, 2]]), 9.0)
print(placed)
#> tensor([[9., 0., 0., 9.],
#>         [0., 9., 9., 0.]])
# --8<-- [end:scatter]

# --8<-- [start:scatter_add]
sums = torch.zeros(3).scatter_add_(0, groups, values)
print(sums)
#> tensor([4., 7., 4.])
counts = torch.zeros(3).scatter_add_(0, groups, torch.ones(5))
print(counts, sums / counts)
#> tensor([2., 2., 1.]) tensor([2.0000, 3.5000, 4.0000])
# --8<-- [end:scatter_add]

# --8<-- [start:scatter_reduce]
start = torch.zeros(3)
print(start.scatter_reduce(0, groups, -values, reduce="amax"))
#> tensor([0., 0., 0.])
print(start.scatter_reduce(0, groups, -values, reduce="amax", include_self=False))
#> tensor([-1., -2., -4.])
print(start.scatter_reduce(0, groups, values, reduce="mean", include_self=False))
#> tensor([2.0000, 3.5000, 4.0000])
# --8<-- [end:scatter_reduce]
