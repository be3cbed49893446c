import torch

# --8<-- [start:square]
tensor2d = torch.tensor([[1, 2], [3, 4]])
print(tensor2d.matmul(tensor2d.T))
#> tensor([[ 5, 11],
#>         [11, 25]])
print(tensor2d @ tensor2d.T)
#> tensor([[ 5, 11],
#>         [11, 25]])
# --8<-- [end:square]

# --8<-- [start:rectangular]
tensor2x3 = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(tensor2x3 @ tensor2x3.T)
#> tensor([[14, 32],
#>         [32, 77]])
print((tensor2x3.T @ tensor2x3).shape)
#> torch.Size([3, 3])
# --8<-- [end:rectangular]

# --8<-- [start:vector]
vector = torch.tensor([1, 1])
print(tensor2d @ vector)
#> tensor([3, 7])
print((tensor2d @ vector).shape)
#> torch.Size([2])
# --8<-- [end:vector]
