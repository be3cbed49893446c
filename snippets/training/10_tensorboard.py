import torch
import torch.nn.functional as F
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator
from torch import nn
from torch.utils.tensorboard import SummaryWriter

torch.manual_seed(0)
inputs = torch.randn(32, 3)
targets = inputs.sum(dim=1, keepdim=True)
model = nn.Linear(3, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

writer = SummaryWriter(log_dir="runs/linear")
for step in range(4):
    optimizer.zero_grad()
    loss = F.mse_loss(model(inputs), targets)
    loss.backward()
    optimizer.step()
    writer.add_scalar("loss/train", loss.item(), step)
    writer.add_scalar("lr", optimizer.param_groups[0]["lr"], step)
writer.close()

events = EventAccumulator("runs/linear")
events.Reload()
print(events.Tags()["scalars"])
#> ['loss/train', 'lr']
for event in events.Scalars("loss/train"):
    print(event.step, f"{event.value:.4f}")
    #> 0 4.8777
    #> 1 2.4434
    #> 2 1.2652
    #> 3 0.6775
