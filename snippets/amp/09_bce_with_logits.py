import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 1)
inputs = torch.randn(4, 8)
targets = torch.tensor([[1.0], [0.0], [1.0], [1.0]])

# --8<-- [start:logits]
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(inputs)
    loss = nn.BCEWithLogitsLoss()(logits, targets)
print(logits.dtype, loss.dtype)
#> torch.bfloat16 torch.float32
reference = nn.BCELoss()(torch.sigmoid(model(inputs)), targets)
print(f"{loss.item():.3f} {reference.item():.3f}")
#> 0.777 0.777
# --8<-- [end:logits]
