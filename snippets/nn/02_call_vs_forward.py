import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
calls = []
handle = model.register_forward_hook(
    lambda module, inputs, output: calls.append(tuple(output.shape))
)
x = torch.randn(4, 3)
model(x)
print(calls)
#> [(4, 2)]
model.forward(x)
print(calls)
#> [(4, 2)]
handle.remove()
model(x)
print(calls)
#> [(4, 2)]
