import torch

x = torch.arange(7)

# --8<-- [start:chunk]
print(x.chunk(3))
#> (tensor([0, 1, 2]), tensor([3, 4, 5]), tensor([6]))
print(len(torch.arange(6).chunk(4)))
#> 3
# --8<-- [end:chunk]

# --8<-- [start:split]
print(x.split(3))
#> (tensor([0, 1, 2]), tensor([3, 4, 5]), tensor([6]))
print(x.split([1, 4, 2]))
#> (tensor([0]), tensor([1, 2, 3, 4]), tensor([5, 6]))
# --8<-- [end:split]

# --8<-- [start:tensor_split]
print(x.tensor_split(3))
#> (tensor([0, 1, 2]), tensor([3, 4]), tensor([5, 6]))
print(len(torch.arange(6).tensor_split(4)))
#> 4
print(x.tensor_split([2, 5]))
#> (tensor([0, 1]), tensor([2, 3, 4]), tensor([5, 6]))
# --8<-- [end:tensor_split]
