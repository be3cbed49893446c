import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.parametrizations import orthogonal

torch.manual_seed(0)
layer = orthogonal(nn.Linear(4, 4))
identity = torch.eye(4)

# --8<-- [start:orthogonal]
weight = layer.weight
print(torch.allclose(weight.T @ weight, identity, atol=1e-6))
#> True
print(list(layer.state_dict()))
#> ['bias', 'parametrizations.weight.original', 'parametrizations.weight.0.base']
# --8<-- [end:orthogonal]

# --8<-- [start:train]
torch.manual_seed(0)
optimizer = torch.optim.SGD(layer.parameters(), lr=0.5)
x, target = torch.randn(16, 4), torch.randn(16, 4)
for _ in range(3):
    optimizer.zero_grad()
    F.mse_loss(layer(x), target).backward()
    optimizer.step()
weight = layer.weight
print(torch.allclose(weight.T @ weight, identity, atol=1e-5))
#> True
print(torch.linalg.svdvals(weight))
#> tensor([1.0000, 1.0000, 1.0000, 1.0000], grad_fn=<LinalgSvdBackward0>)
# --8<-- [end:train]

# --8<-- [start:tall]
torch.manual_seed(0)
tall = orthogonal(nn.Linear(3, 5)).weight
print(tall.shape, torch.allclose(tall.T @ tall, torch.eye(3), atol=1e-6))
#> torch.Size([5, 3]) True
# --8<-- [end:tall]
