import math

import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)

# --8<-- [start:sequential]
optimizer = optim.AdamW(model.parameters(), lr=1e-3)
warmup_steps, total_steps = 3, 10
warmup = optim.lr_scheduler.LinearLR(
    optimizer, start_factor=1 / warmup_steps, total_iters=warmup_steps
)
cosine = optim.lr_scheduler.CosineAnnealingLR(
    optimizer, T_max=total_steps - warmup_steps, eta_min=0.0
)
scheduler = optim.lr_scheduler.SequentialLR(
    optimizer, schedulers=[warmup, cosine], milestones=[warmup_steps]
)
lrs = []
for _step in range(total_steps):
    lrs.append(round(scheduler.get_last_lr()[0], 6))
    optimizer.step()
    scheduler.step()
print(lrs)
#> [0.000333, 0.000556, 0.000778, 0.001, 0.00095, 0.000812, 0.000611, 0.000389, 0.000188, 5e-05]
# --8<-- [end:sequential]


# --8<-- [start:lambda]
def warmup_cosine(step, warmup_steps=3, total_steps=10):
    if step < warmup_steps:
        return (step + 1) / warmup_steps
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return 0.5 * (1 + math.cos(math.pi * progress))


optimizer = optim.AdamW(model.parameters(), lr=1e-3)
scheduler = optim.lr_scheduler.LambdaLR(optimizer, lr_lambda=warmup_cosine)
lrs = []
for _step in range(10):
    lrs.append(round(scheduler.get_last_lr()[0], 6))
    optimizer.step()
    scheduler.step()
print(lrs)
#> [0.000333, 0.000667, 0.001, 0.001, 0.00095, 0.000812, 0.000611, 0.000389, 0.000188, 5e-05]
# --8<-- [end:lambda]
