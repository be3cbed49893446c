import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:default]
checkpoint = {"weights": torch.ones(2), "epoch": 3, "names": ["a", "b"]}
torch.save(checkpoint, "checkpoint.pth")
print(torch.load("checkpoint.pth", weights_only=True))
#> {'weights': tensor([1., 1.]), 'epoch': 3, 'names': ['a', 'b']}
# --8<-- [end:default]

# --8<-- [start:map-location]
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model = nn.Linear(2, 1).to(device)
torch.save(model.state_dict(), "model.pth")

on_cpu = torch.load("model.pth", map_location="cpu", weights_only=True)
print(on_cpu["weight"].device)
#> cpu
on_device = torch.load("model.pth", map_location=device, weights_only=True)
print(on_device["weight"].device.type == device.type)
#> True
# --8<-- [end:map-location]
