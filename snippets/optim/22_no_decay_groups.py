import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 2))

decay, no_decay = [], []
for name, param in model.named_parameters():
    if not param.requires_grad:
        continue
    (no_decay if param.ndim < 2 else decay).append(name)
print("decay:", decay)
#> decay: ['0.weight', '3.weight']
print("no decay:", no_decay)
#> no decay: ['0.bias', '1.weight', '1.bias', '3.bias']

parameters = dict(model.named_parameters())
optimizer = optim.AdamW(
    [
        {"params": [parameters[name] for name in decay], "weight_decay": 0.1},
        {"params": [parameters[name] for name in no_decay], "weight_decay": 0.0},
    ],
    lr=1e-3,
)
for group in optimizer.param_groups:
    print(group["weight_decay"], [tuple(p.shape) for p in group["params"]])
    #> 0.1 [(8, 4), (2, 8)]
    #> 0.0 [(8,), (8,), (8,), (2,)]
