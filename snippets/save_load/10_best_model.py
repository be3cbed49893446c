import copy

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:reference]
model = nn.Linear(2, 1)
reference = model.state_dict()
snapshot = copy.deepcopy(model.state_dict())
with torch.no_grad():
    model.weight.fill_(0.0)
print(reference["weight"])
#> tensor([[0., 0.]])
print(snapshot["weight"])
#> tensor([[-0.0053,  0.3793]])
# --8<-- [end:reference]

# --8<-- [start:best]
torch.manual_seed(0)
true_weight = torch.tensor([[2.0], [-1.0]])
inputs = torch.randn(8, 2)
targets = inputs @ true_weight + torch.randn(8, 1)
val_inputs = torch.randn(8, 2)
val_targets = val_inputs @ true_weight

model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
best_val_loss = float("inf")
for epoch in range(6):
    model.train()
    optimizer.zero_grad()
    F.mse_loss(model(inputs), targets).backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        val_loss = F.mse_loss(model(val_inputs), val_targets).item()
    saved = val_loss < best_val_loss
    if saved:
        best_val_loss = val_loss
        torch.save(model.state_dict(), "best.pth")
    print(f"epoch {epoch}: val loss {val_loss:.3f}", "saved" if saved else "")
    #> epoch 0: val loss 1.165 saved
    #> epoch 1: val loss 0.413 saved
    #> epoch 2: val loss 0.128 saved
    #> epoch 3: val loss 0.027 saved
    #> epoch 4: val loss 0.021 saved
    #> epoch 5: val loss 0.050

model.load_state_dict(torch.load("best.pth", weights_only=True))
print(f"best val loss {best_val_loss:.3f}")
#> best val loss 0.021
# --8<-- [end:best]
