import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)


def learning_rates(scheduler, optimizer, steps):
    lrs = []
    for _step in range(steps):
        lrs.append(round(scheduler.get_last_lr()[0], 3))
        optimizer.step()
        scheduler.step()
    return lrs


# --8<-- [start:warm-restarts]
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=3, T_mult=2)
print(learning_rates(scheduler, optimizer, steps=10))
#> [0.1, 0.075, 0.025, 0.1, 0.093, 0.075, 0.05, 0.025, 0.007, 0.1]
# --8<-- [end:warm-restarts]

# --8<-- [start:cyclic]
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
scheduler = optim.lr_scheduler.CyclicLR(
    optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2, mode="triangular"
)
print(learning_rates(scheduler, optimizer, steps=9))
#> [0.01, 0.055, 0.1, 0.055, 0.01, 0.055, 0.1, 0.055, 0.01]
print(round(optimizer.param_groups[0]["momentum"], 3))
#> 0.85
# --8<-- [end:cyclic]

# --8<-- [start:cyclic-momentum]
plain_sgd = optim.SGD(model.parameters(), lr=0.1)
optim.lr_scheduler.CyclicLR(plain_sgd, base_lr=0.01, max_lr=0.1)
print(plain_sgd.param_groups[0]["momentum"])
#> 0.9
no_cycling = optim.SGD(model.parameters(), lr=0.1)
optim.lr_scheduler.CyclicLR(no_cycling, base_lr=0.01, max_lr=0.1, cycle_momentum=False)
print(no_cycling.param_groups[0]["momentum"])
#> 0
# --8<-- [end:cyclic-momentum]
