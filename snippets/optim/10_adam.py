import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(3, 2)

# --8<-- [start:adam]
optimizer = optim.Adam(model.parameters(), lr=1e-3)
group = optimizer.param_groups[0]
print(group["lr"], group["betas"], group["eps"], group["weight_decay"])
#> 0.001 (0.9, 0.999) 1e-08 0
# --8<-- [end:adam]

# --8<-- [start:adamw]
optimizer = optim.AdamW(model.parameters(), lr=1e-3)
print(optimizer.param_groups[0]["weight_decay"])
#> 0.01
# --8<-- [end:adamw]
