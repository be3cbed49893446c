import torch

# --8<-- [start:cuda]
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
x = torch.tensor([1.0, 2.0, 3.0], device=device)
y = x * 2
print(y.device == x.device, y.cpu())
#> True tensor([2., 4., 6.])
# --8<-- [end:cuda]

# --8<-- [start:accelerator]
if torch.accelerator.is_available():
    device = torch.accelerator.current_accelerator()
else:
    device = torch.device("cpu")
x = torch.ones(2, 2, device=device)
print((x @ x).cpu())
#> tensor([[2., 2.],
#>         [2., 2.]])
# --8<-- [end:accelerator]
