import torch

numbers = torch.arange(6)
print(numbers.reshape(2, 3))
#> tensor([[0, 1, 2],
#>         [3, 4, 5]])
print(numbers.reshape(3, -1).shape)
#> torch.Size([3, 2])
print(numbers.reshape(-1, 1, 2).shape)
#> torch.Size([3, 1, 2])

try:
    numbers.reshape(4, -1)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: shape '[4, -1]' is invalid for input of size 6
