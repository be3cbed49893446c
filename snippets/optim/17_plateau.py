import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.ReduceLROnPlateau(
    optimizer, mode="min", factor=0.5, patience=1
)

val_losses = [1.0, 0.8, 0.8, 0.8, 0.7, 0.7, 0.7, 0.7]
for epoch, val_loss in enumerate(val_losses):
    optimizer.step()
    scheduler.step(val_loss)
    print(epoch, val_loss, scheduler.get_last_lr()[0])
    #> 0 1.0 0.1
    #> 1 0.8 0.1
    #> 2 0.8 0.1
    #> 3 0.8 0.05
    #> 4 0.7 0.05
    #> 5 0.7 0.05
    #> 6 0.7 0.025
    #> 7 0.7 0.025
