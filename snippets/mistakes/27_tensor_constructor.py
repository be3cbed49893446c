import torch

# --8<-- [start:wrong]
print(torch.Tensor([1, 2]))
#> tensor([1., 2.])
print(torch.Tensor(3).shape, torch.Tensor(2, 3).shape)
#> torch.Size([3]) torch.Size([2, 3])
# --8<-- [end:wrong]

# --8<-- [start:right]
print(torch.tensor([1, 2]), torch.tensor([1, 2], dtype=torch.float32))
#> tensor([1, 2]) tensor([1., 2.])
print(torch.tensor(3), torch.tensor(3).shape)
#> tensor(3) torch.Size([])
print(torch.zeros(3), torch.empty(2, 3).shape)
#> tensor([0., 0., 0.]) torch.Size([2, 3])
# --8<-- [end:right]
