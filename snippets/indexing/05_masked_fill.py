import torch

scores = torch.tensor([[2.0, 1.0, 0.5, 3.0], [1.0, 1.0, 4.0, 0.0]])
is_padding = torch.tensor([[False, False, True, True], [False, False, False, True]])

# --8<-- [start:fill]
masked = scores.masked_fill(is_padding, float("-inf"))
print(masked)
#> tensor([[2., 1., -inf, -inf],
#>         [1., 1., 4., -inf]])
print(masked.softmax(dim=-1))
#> tensor([[0.7311, 0.2689, 0.0000, 0.0000],
#>         [0.0453, 0.0453, 0.9094, 0.0000]])
try:
    scores.masked_fill(is_padding.long(), 0.0)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: masked_fill_ only supports boolean masks, but got mask with dtype long int
# --8<-- [end:fill]

# --8<-- [start:where]
x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
print(torch.where(x > 0, x, 0.0))
#> tensor([0.0000, 0.0000, 0.0000, 1.5000])
print(torch.where(x > 0, x, x * 0.1))
#> tensor([-0.2000, -0.0500,  0.0000,  1.5000])
print(torch.where(is_padding, 0.0, scores))
#> tensor([[2., 1., 0., 0.],
#>         [1., 1., 4., 0.]])
# --8<-- [end:where]
