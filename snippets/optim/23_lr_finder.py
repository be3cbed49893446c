import torch
import torch.nn.functional as F
from torch import nn, optim

torch.manual_seed(0)
inputs = torch.randn(64, 4)
targets = inputs @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]])

model = nn.Linear(4, 1)
initial_state = {name: t.clone() for name, t in model.state_dict().items()}
optimizer = optim.SGD(model.parameters(), lr=1e-4)
num_steps, start_lr, end_lr = 16, 1e-4, 10.0
growth = (end_lr / start_lr) ** (1 / (num_steps - 1))
scheduler = optim.lr_scheduler.LambdaLR(optimizer, lambda step: growth**step)

history = []
for _step in range(num_steps):
    lr = scheduler.get_last_lr()[0]
    optimizer.zero_grad()
    loss = F.mse_loss(model(inputs), targets)
    loss.backward()
    optimizer.step()
    scheduler.step()
    history.append((lr, loss.item()))
    if not torch.isfinite(loss) or loss.item() > 4 * history[0][1]:
        break
for lr, loss in history[::3]:
    print(f"lr {lr:.0e}  loss {loss:.3f}")
    #> lr 1e-04  loss 17.672
    #> lr 1e-03  loss 17.618
    #> lr 1e-02  loss 17.082
    #> lr 1e-01  loss 12.446
    #> lr 1e+00  loss 0.215
    #> lr 1e+01  loss 64.977

best_lr, _ = min(history, key=lambda pair: pair[1])
print(f"lowest loss at lr {best_lr:.0e}, pick about {best_lr / 10:.0e}")
#> lowest loss at lr 2e+00, pick about 2e-01
model.load_state_dict(initial_state)
