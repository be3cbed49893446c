import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
inputs = torch.randn(16, 4)
targets = torch.randn(16, 1)

# --8<-- [start:step]
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
print(scaler.is_enabled(), scaler.get_scale())
#> True 65536.0

for _ in range(3):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.float16):
        loss = F.mse_loss(model(inputs), targets)
    scaled_loss = scaler.scale(loss)
    scaled_loss.backward()
    scaler.step(optimizer)
    scaler.update()
    print(f"{loss.item():.4f} {scaled_loss.item():.1f}", scaler.get_scale())
    #> 2.2725 148933.6 32768.0
    #> 2.2725 74466.8 32768.0
    #> 1.6083 52699.3 32768.0
# --8<-- [end:step]

# --8<-- [start:unscale]
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=1024.0)

with torch.autocast("cpu", dtype=torch.float16):
    loss = F.mse_loss(model(inputs), targets)
scaler.scale(loss).backward()
print(f"{model.bias.grad.item():.1f}")
#> -874.5
scaler.unscale_(optimizer)
print(f"{model.bias.grad.item():.4f}")
#> -0.8540
norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(f"{norm:.4f}")
#> 2.8733
scaler.step(optimizer)
scaler.update()
# --8<-- [end:unscale]

# --8<-- [start:skip]
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu", init_scale=2.0**24)
weight_before = model.weight.detach().clone()

with torch.autocast("cpu", dtype=torch.float16):
    loss = F.mse_loss(model(inputs), targets)
scaler.scale(loss).backward()
print(model.weight.grad.isfinite().all())
#> tensor(False)
scaler.step(optimizer)
scaler.update()
print(torch.equal(model.weight, weight_before), scaler.get_scale())
#> True 8388608.0
# --8<-- [end:skip]

# --8<-- [start:state]
scaler = torch.amp.GradScaler("cpu")
print(scaler.state_dict())
#> {'scale': 65536.0, 'growth_factor': 2.0, 'backoff_factor': 0.5, 'growth_interval': 2000, '_growth_tracker': 0}
# --8<-- [end:state]
