import torch

# --8<-- [start:wrong]
tensor2d = torch.tensor([[1, 2], [3, 4]])
print(tensor2d.matmul(tensor2d.T))
#> tensor([[ 5, 11],
#>         [11, 25]])
# --8<-- [end:wrong]

# --8<-- [start:right]
tensor2d = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(tensor2d @ tensor2d.T)
#> tensor([[14, 32],
#>         [32, 77]])
# --8<-- [end:right]
