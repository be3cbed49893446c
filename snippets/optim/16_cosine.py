import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=5, eta_min=0.0)

lrs = []
for _epoch in range(6):
    lrs.append(round(scheduler.get_last_lr()[0], 4))
    optimizer.step()
    scheduler.step()
print(lrs)
#> [0.1, 0.0905, 0.0655, 0.0345, 0.0095, 0.0]
