import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:layer]
layer = nn.Linear(100, 50)
nn.init.xavier_uniform_(layer.weight)
nn.init.zeros_(layer.bias)
bound = (6 / (100 + 50)) ** 0.5
print(f"bound {bound:.4f}, max |w| {layer.weight.abs().max():.4f}")
#> bound 0.2000, max |w| 0.2000
print(layer.bias.abs().max().item())
#> 0.0
# --8<-- [end:layer]


# --8<-- [start:apply]
def init_weights(module):
    if isinstance(module, nn.Linear):
        nn.init.xavier_uniform_(module.weight)
        nn.init.zeros_(module.bias)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 2))
model.apply(init_weights)
print([f"{m.weight.std():.3f}" for m in model if isinstance(m, nn.Linear)])
#> ['0.266', '0.323']
print(model[2].bias)
#> Parameter containing:
#> tensor([0., 0.], requires_grad=True)
# --8<-- [end:apply]
