import torch
from torch import nn, optim

torch.manual_seed(0)
x = torch.linspace(-1, 1, 20).unsqueeze(1)
y = 2 * x + 1

model = nn.Linear(1, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
criterion = nn.MSELoss()

for step in range(100):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    if step % 20 == 0:
        print(step, f"{loss.item():.4f}")
        #> 0 1.6996
        #> 20 0.0695
        #> 40 0.0033
        #> 60 0.0002
        #> 80 0.0000

print(round(model.weight.item(), 2), round(model.bias.item(), 2))
#> 2.0 1.0
