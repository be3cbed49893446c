import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)


def learning_rates(scheduler, optimizer, epochs):
    lrs = []
    for _epoch in range(epochs):
        lrs.append(round(scheduler.get_last_lr()[0], 5))
        optimizer.step()
        scheduler.step()
    return lrs


# --8<-- [start:multistep]
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.MultiStepLR(optimizer, milestones=[2, 5], gamma=0.1)
print(learning_rates(scheduler, optimizer, epochs=7))
#> [0.1, 0.1, 0.01, 0.01, 0.01, 0.001, 0.001]
# --8<-- [end:multistep]

# --8<-- [start:exponential]
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.5)
print(learning_rates(scheduler, optimizer, epochs=5))
#> [0.1, 0.05, 0.025, 0.0125, 0.00625]
# --8<-- [end:exponential]
