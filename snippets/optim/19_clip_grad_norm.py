import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
inputs = torch.randn(4, 3)
targets = 10 * torch.randn(4, 1)

F.mse_loss(model(inputs), targets).backward()


def grad_norm(parameters):
    return torch.cat([p.grad.flatten() for p in parameters]).norm()


total_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"{total_norm:.4f}")
#> 18.1511
print(f"{grad_norm(model.parameters()):.4f}")
#> 1.0000
