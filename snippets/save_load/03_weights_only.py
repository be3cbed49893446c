import numpy as np
import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:default]
checkpoint = {"weights": torch.ones(2), "epoch": 3, "names": ["a", "b"]}
torch.save(checkpoint, "checkpoint.pth")
print(torch.load("checkpoint.pth", weights_only=True))
#> {'weights': tensor([1., 1.]), 'epoch': 3, 'names': ['a', 'b']}
# --8<-- [end:default]

# --8<-- [start:numpy]
torch.save({"mean": np.array([0.5, 0.25])}, "stats.pth")
print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint("stats.pth")))
#> ['numpy._core.multiarray._reconstruct', 'numpy.dtype', 'numpy.ndarray']
torch.save({"mean": torch.from_numpy(np.array([0.5, 0.25]))}, "stats.pth")
print(torch.load("stats.pth", weights_only=True))
#> {'mean': tensor([0.5000, 0.2500], dtype=torch.float64)}
# --8<-- [end:numpy]

# --8<-- [start:map-location]
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
model = nn.Linear(2, 1).to(device)
torch.save(model.state_dict(), "model.pth")

on_cpu = torch.load("model.pth", map_location="cpu", weights_only=True)
print(on_cpu["weight"].device)
#> cpu
on_device = torch.load("model.pth", map_location=device, weights_only=True)
print(on_device["weight"].device.type == device.type)
#> True
# --8<-- [end:map-location]
