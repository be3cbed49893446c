import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])

# --8<-- [start:take]
best = scores.argmax(dim=1, keepdim=True)
print(best)
#> tensor([[1],
#>         [0]])
print(torch.take_along_dim(scores, best, dim=1))
#> tensor([[0.7000],
#>         [0.5000]])
print(torch.take_along_dim(scores, scores.argsort(dim=1), dim=1))
#> tensor([[0.1000, 0.2000, 0.7000],
#>         [0.2000, 0.3000, 0.5000]])
# --8<-- [end:take]

# --8<-- [start:broadcast]
print(torch.take_along_dim(scores, torch.tensor([[2, 0]]), dim=1))
#> tensor([[0.2000, 0.1000],
#>         [0.2000, 0.5000]])
print(torch.take_along_dim(scores, torch.tensor([1, 5])))
#> tensor([0.7000, 0.2000])
# --8<-- [end:broadcast]

# --8<-- [start:errors]
try:
    torch.take_along_dim(scores, torch.tensor([[1], [0]], dtype=torch.int32), dim=1)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: torch.take_along_dim(): dtype of indices should be Long but got Int
try:
    scores[torch.tensor([1.0])]
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: tensors used as indices must be long, int, byte or bool tensors
# --8<-- [end:errors]
