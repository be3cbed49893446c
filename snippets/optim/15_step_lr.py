import warnings

import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)

# --8<-- [start:step-lr]
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)

for epoch in range(5):
    optimizer.step()  # (1)!
    print(epoch, f"{scheduler.get_last_lr()[0]:.4f}")
    #> 0 0.1000
    #> 1 0.1000
    #> 2 0.0100
    #> 3 0.0100
    #> 4 0.0010
    scheduler.step()
# --8<-- [end:step-lr]

# --8<-- [start:order]
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scheduler.step()
    optimizer.step()
print(str(caught[0].message).split(". ")[0])
#> Detected call of `lr_scheduler.step()` before `optimizer.step()`
# --8<-- [end:order]
