import torch
from torch import nn

torch.manual_seed(0)
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(model.to(device) is model)
#> True

data = torch.randn(5, 3)
batch = data.to(device)
print(data.device, batch.device.type == device.type)
#> cpu True

output = model(batch)
print(output.shape, output.device == next(model.parameters()).device)
#> torch.Size([5, 2]) True
print(output.detach().cpu().numpy().dtype)
#> float32

ones = torch.ones(2, device=device)
print(ones.device.type == device.type)
#> True
