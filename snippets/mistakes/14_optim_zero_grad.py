import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)

# --8<-- [start:wrong]
try:
    optim.zero_grad()
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
#> AttributeError: module 'torch.optim' has no attribute 'zero_grad'
# --8<-- [end:wrong]

# --8<-- [start:right]
optimizer = optim.SGD(model.parameters(), lr=0.1)
loss = model(torch.ones(1, 2)).sum()
optimizer.zero_grad()
loss.backward()
optimizer.step()
print(model.weight.grad)
#> tensor([[1., 1.]])
# --8<-- [end:right]
