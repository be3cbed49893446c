# requires: torch215
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
model(torch.randn(4, 3)).sum().backward()

# --8<-- [start:foreach]
params = list(model.parameters())
grads = [param.grad for param in params]
print(torch.foreach.norm(grads))
#> (tensor(4.3925), tensor(5.6569))
lr, weight_decay = 0.1, 0.01
with torch.no_grad():
    expected = [
        p * (1 - lr * weight_decay) - lr * g for p, g in zip(params, grads, strict=True)
    ]
    torch.foreach.mul_(params, 1 - lr * weight_decay)
    torch.foreach.add_(params, grads, alpha=-lr)
print(all(torch.allclose(p, e) for p, e in zip(params, expected, strict=True)))
#> True
# --8<-- [end:foreach]
