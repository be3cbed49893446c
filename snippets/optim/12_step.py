import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
criterion = nn.MSELoss()
inputs = torch.tensor([[1.0, 2.0]])
target = torch.tensor([[1.0]])

before = model.weight.detach().clone()
print(before, model.weight.grad)
#> tensor([[-0.0053,  0.3793]]) None

optimizer.zero_grad()
loss = criterion(model(inputs), target)
loss.backward()
print(model.weight.grad)
#> tensor([[-1.6573, -3.3145]])

optimizer.step()
print(model.weight.detach())
#> tensor([[0.1604, 0.7108]])
print(torch.allclose(model.weight, before - 0.1 * model.weight.grad))
#> True
