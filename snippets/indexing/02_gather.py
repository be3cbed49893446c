import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6]])
labels = torch.tensor([1, 0, 2])

# --8<-- [start:pick]
picked = scores.gather(1, labels.unsqueeze(1))
print(picked)
#> tensor([[0.7000],
#>         [0.5000],
#>         [0.6000]])
print(picked.squeeze(1))
#> tensor([0.7000, 0.5000, 0.6000])
print(scores[torch.arange(3), labels])
#> tensor([0.7000, 0.5000, 0.6000])
# --8<-- [end:pick]

# --8<-- [start:rule]
index = torch.tensor([[2, 0], [1, 1], [0, 2]])
print(scores.gather(1, index))
#> tensor([[0.2000, 0.1000],
#>         [0.3000, 0.3000],
#>         [0.2000, 0.6000]])
print(scores.gather(0, torch.tensor([[2, 0, 1]])))
#> tensor([[0.2000, 0.7000, 0.2000]])
# --8<-- [end:rule]

# --8<-- [start:errors]
try:
    scores.gather(1, torch.tensor([[3], [0], [1]]))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: index 3 is out of bounds for dimension 1 with size 3
try:
    scores.gather(1, labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Index tensor must have the same number of dimensions as input tensor
try:
    scores.gather(1, labels.unsqueeze(1).float())
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: gather(): Expected dtype int32/int64 for index
# --8<-- [end:errors]
