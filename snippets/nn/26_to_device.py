import torch
from torch import nn

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
torch.manual_seed(0)
model = nn.Linear(3, 1)
print(model.to(device) is model)
#> True
x = torch.randn(2, 3)
x_on_device = x.to(device)
print(x.device.type, x_on_device.device == model.weight.device)
#> cpu True
print(model(x_on_device).cpu().shape)
#> torch.Size([2, 1])
