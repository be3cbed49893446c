import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])

# --8<-- [start:reshape]
print(x.reshape(3, 2))
#> tensor([[1, 2],
#>         [3, 4],
#>         [5, 6]])
# --8<-- [end:reshape]

# --8<-- [start:transpose]
print(x.T)
#> tensor([[1, 4],
#>         [2, 5],
#>         [3, 6]])
# --8<-- [end:transpose]
