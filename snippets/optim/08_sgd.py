import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(3, 2)

# --8<-- [start:sgd]
optimizer = optim.SGD(model.parameters(), lr=0.01)
print(optimizer.param_groups[0]["lr"], optimizer.param_groups[0]["momentum"])
#> 0.01 0
# --8<-- [end:sgd]

# --8<-- [start:momentum]
optimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.9, weight_decay=1e-4)
group = optimizer.param_groups[0]
print(group["lr"], group["momentum"], group["weight_decay"])
#> 0.01 0.9 0.0001
print(len(group["params"]), [tuple(p.shape) for p in group["params"]])
#> 2 [(2, 3), (2,)]
# --8<-- [end:momentum]

# --8<-- [start:momentum-buffer]
weight = torch.zeros(1, requires_grad=True)
optimizer = optim.SGD([weight], lr=0.1, momentum=0.9)
for _step in range(3):
    weight.grad = torch.ones(1)
    optimizer.step()
print(optimizer.state[weight]["momentum_buffer"])
#> tensor([2.7100])
print(weight.detach())
#> tensor([-0.5610])
# --8<-- [end:momentum-buffer]
