import torch

scores = torch.tensor([[0.1, 0.7, 0.2, 0.9], [0.5, 0.3, 0.8, 0.4]])
ties = torch.tensor([2, 1, 2, 1, 0])

# --8<-- [start:topk]
values, indices = scores.topk(2, dim=1)
print(values)
#> tensor([[0.9000, 0.7000],
#>         [0.8000, 0.5000]])
print(indices)
#> tensor([[3, 1],
#>         [2, 0]])
print(scores.topk(1, dim=1, largest=False).indices)
#> tensor([[0],
#>         [1]])
# --8<-- [end:topk]

# --8<-- [start:sort]
sorted_scores, order = scores.sort(dim=1, descending=True)
print(sorted_scores)
#> tensor([[0.9000, 0.7000, 0.2000, 0.1000],
#>         [0.8000, 0.5000, 0.4000, 0.3000]])
print(order)
#> tensor([[3, 1, 2, 0],
#>         [2, 0, 3, 1]])
print(torch.equal(scores.argsort(dim=1, descending=True), order))
#> True
# --8<-- [end:sort]

# --8<-- [start:stable]
print(ties.argsort(stable=True))
#> tensor([4, 1, 3, 0, 2])
print(ties.argsort(stable=True, descending=True))
#> tensor([0, 2, 1, 3, 4])
# --8<-- [end:stable]
