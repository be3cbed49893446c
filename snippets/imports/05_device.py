import torch
from torch import nn

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")

x = torch.tensor([1.0, 2.0, 3.0], device=device)
y = x * 2
print(y.device.type == device.type, y.cpu())
#> True tensor([2., 4., 6.])

torch.manual_seed(0)
model = nn.Linear(3, 1).to(device)
print(model(x).device.type == device.type)
#> True
