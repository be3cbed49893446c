import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
inputs = torch.tensor([[1.0, 2.0]])

# --8<-- [start:accumulate]
model(inputs).sum().backward()
print(model.weight.grad)
#> tensor([[1., 2.]])
model(inputs).sum().backward()
print(model.weight.grad)
#> tensor([[2., 4.]])
# --8<-- [end:accumulate]

# --8<-- [start:zero]
optimizer.zero_grad()
print(model.weight.grad)
#> None

model(inputs).sum().backward()
optimizer.zero_grad(set_to_none=False)
print(model.weight.grad)
#> tensor([[0., 0.]])
# --8<-- [end:zero]
