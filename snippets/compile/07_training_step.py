import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
eager_model = copy.deepcopy(model)
inputs = torch.randn(16, 4)
targets = torch.randn(16, 1)

# --8<-- [start:model]
compiled = torch.compile(model, backend="eager")
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
eager_optimizer = torch.optim.SGD(eager_model.parameters(), lr=0.1)
for _ in range(3):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(compiled(inputs), targets)
    loss.backward()
    optimizer.step()

    eager_optimizer.zero_grad()
    eager_loss = nn.functional.mse_loss(eager_model(inputs), targets)
    eager_loss.backward()
    eager_optimizer.step()
    print(f"{loss.item():.4f} {eager_loss.item():.4f}")
    #> 1.1172 1.1172
    #> 1.0468 1.0468
    #> 1.0007 1.0007
print(torch.allclose(model[0].weight, eager_model[0].weight))
#> True
# --8<-- [end:model]

# --8<-- [start:loss]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


@torch.compile(backend="eager")
def compute_loss(batch, target):
    return nn.functional.mse_loss(model(batch), target)


for _ in range(3):
    optimizer.zero_grad()
    loss = compute_loss(inputs, targets)
    loss.backward()
    optimizer.step()
    print(f"{loss.item():.4f}")
    #> 1.1172
    #> 1.0468
    #> 1.0007
# --8<-- [end:loss]
