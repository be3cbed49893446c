import torch

# --8<-- [start:column-row]
column = torch.ones((2, 1))
row = torch.ones((1, 2))
print(column * row)
#> tensor([[1., 1.],
#>         [1., 1.]])
# --8<-- [end:column-row]

# --8<-- [start:rules]
grid = torch.arange(6).reshape(2, 3)
print(grid + 10)
#> tensor([[10, 11, 12],
#>         [13, 14, 15]])
print(grid + torch.tensor([100, 200, 300]))
#> tensor([[100, 201, 302],
#>         [103, 204, 305]])
print(grid + torch.tensor([[100], [200]]))
#> tensor([[100, 101, 102],
#>         [203, 204, 205]])
print((torch.zeros(4, 1, 3) + torch.zeros(5, 1)).shape)
#> torch.Size([4, 5, 3])
# --8<-- [end:rules]

# --8<-- [start:error]
try:
    torch.ones(2, 3) + torch.ones(2)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
# --8<-- [end:error]
