import torch

loss = torch.tensor(0.25)
print(loss.item(), type(loss.item()))
#> 0.25 <class 'float'>
print(torch.tensor([7]).item())
#> 7
print(float(loss), int(torch.tensor(3)))
#> 0.25 3

grid = torch.tensor([[1, 2], [3, 4]])
print(grid.tolist())
#> [[1, 2], [3, 4]]
print(grid.float().tolist())
#> [[1.0, 2.0], [3.0, 4.0]]

try:
    grid.item()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: a Tensor with 4 elements cannot be converted to Scalar
