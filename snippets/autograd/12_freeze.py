import torch
from torch import nn

# --8<-- [start:tensor]
w = torch.tensor([1.0, 2.0], requires_grad=True)
w.requires_grad_(False)
print(w.requires_grad, (w * 2).requires_grad)
#> False False
# --8<-- [end:tensor]

# --8<-- [start:layer]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
model[0].requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(trainable)
#> 4

model(torch.randn(2, 4)).sum().backward()
print(model[0].weight.grad, model[2].weight.grad.shape)
#> None torch.Size([1, 3])
# --8<-- [end:layer]
