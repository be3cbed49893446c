import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
print(scores.max())
#> tensor(0.7000)
best = scores.max(dim=1)
print(best)
#> torch.return_types.max(
#> values=tensor([0.7000, 0.5000]),
#> indices=tensor([1, 0]))
values, indices = scores.max(dim=1)
print(values, indices)
#> tensor([0.7000, 0.5000]) tensor([1, 0])
print(scores.argmax(dim=1))
#> tensor([1, 0])
print(scores.min(dim=0).indices)
#> tensor([0, 1, 0])
print(scores.argmax())
#> tensor(1)
