import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
scheduler = optim.lr_scheduler.OneCycleLR(
    optimizer, max_lr=0.1, epochs=2, steps_per_epoch=5
)

lrs = []
for _epoch in range(2):
    for _batch in range(5):
        lrs.append(round(scheduler.get_last_lr()[0], 4))
        optimizer.step()
        scheduler.step()
print(lrs)
#> [0.004, 0.052, 0.1, 0.095, 0.0812, 0.0611, 0.0389, 0.0188, 0.005, 0.0]
