import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

optimizer = optim.SGD(
    [
        {"params": model[0].parameters(), "lr": 1e-4},
        {"params": model[2].parameters()},
    ],
    lr=1e-2,
    momentum=0.9,
)
for group in optimizer.param_groups:
    print(group["lr"], group["momentum"], len(group["params"]))
    #> 0.0001 0.9 2
    #> 0.01 0.9 2

optimizer.param_groups[0]["lr"] = 1e-3
print([group["lr"] for group in optimizer.param_groups])
#> [0.001, 0.01]
