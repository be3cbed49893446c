import torch

# --8<-- [start:transpose]
matrix = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(matrix.T)
#> tensor([[1, 4],
#>         [2, 5],
#>         [3, 6]])
print(torch.equal(matrix.T, matrix.transpose(0, 1)))
#> True
print(matrix.reshape(3, 2))
#> tensor([[1, 2],
#>         [3, 4],
#>         [5, 6]])

batch = torch.zeros(2, 3, 4)
print(batch.transpose(1, 2).shape)
#> torch.Size([2, 4, 3])
# --8<-- [end:transpose]

# --8<-- [start:mt]
print(batch.mT.shape)
#> torch.Size([2, 4, 3])
print(batch.transpose(-2, -1).shape)
#> torch.Size([2, 4, 3])
# --8<-- [end:mt]
