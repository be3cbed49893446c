import random

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# --8<-- [start:setup]
random.seed(0)
np.random.seed(0)
torch.manual_seed(0)
dataset = TensorDataset(torch.randn(16, 3), torch.randn(16, 1))
loader = DataLoader(
    dataset, batch_size=4, shuffle=True, generator=torch.Generator().manual_seed(0)
)


def make_training():
    model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Dropout(0.2), nn.Linear(8, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    return model, optimizer, scheduler


def augment(inputs):
    noise = torch.from_numpy(np.random.normal(0.0, 0.1, inputs.shape)).float()
    return inputs * random.uniform(0.9, 1.1) + noise


def train_epoch(model, optimizer, scheduler):
    model.train()
    total = 0.0
    for inputs, targets in loader:
        optimizer.zero_grad()
        loss = F.mse_loss(model(augment(inputs)), targets)
        loss.backward()
        optimizer.step()
        total += loss.item()
    scheduler.step()
    return total / len(loader)


# --8<-- [end:setup]


# --8<-- [start:rng-states]
def rng_states(loader):
    name, keys, *rest = np.random.get_state()
    return {
        "torch": torch.get_rng_state(),
        "cuda": torch.cuda.get_rng_state_all(),
        "python": random.getstate(),
        "numpy": (name, torch.from_numpy(keys), *rest),
        "loader": loader.generator.get_state(),
    }


def restore_rng_states(states, loader):
    torch.set_rng_state(states["torch"])
    torch.cuda.set_rng_state_all(states["cuda"])
    random.setstate(states["python"])
    name, keys, *rest = states["numpy"]
    np.random.set_state((name, keys.numpy(), *rest))
    loader.generator.set_state(states["loader"])


# --8<-- [end:rng-states]

# --8<-- [start:save]
model, optimizer, scheduler = make_training()
losses = []
for epoch in range(4):
    losses.append(train_epoch(model, optimizer, scheduler))
    checkpoint = {
        "epoch": epoch,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "rng": rng_states(loader),
    }
    torch.save(checkpoint, f"checkpoint-{epoch}.pth")
    print(epoch, f"{losses[-1]:.4f}", scheduler.get_last_lr())
    #> 0 1.9205 [0.01]
    #> 1 1.7472 [0.005]
    #> 2 1.5454 [0.005]
    #> 3 1.5260 [0.0025]
# --8<-- [end:save]

# --8<-- [start:resume]
model, optimizer, scheduler = make_training()
checkpoint = torch.load("checkpoint-1.pth", weights_only=True)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
restore_rng_states(checkpoint["rng"], loader)

resumed_losses = []
for epoch in range(checkpoint["epoch"] + 1, 4):
    resumed_losses.append(train_epoch(model, optimizer, scheduler))
    print(epoch, f"{resumed_losses[-1]:.4f}", scheduler.get_last_lr())
    #> 2 1.5454 [0.005]
    #> 3 1.5260 [0.0025]
print(resumed_losses == losses[2:])
#> True
# --8<-- [end:resume]

# --8<-- [start:without-rng]
model, optimizer, scheduler = make_training()
checkpoint = torch.load("checkpoint-1.pth", weights_only=True)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
print(f"{train_epoch(model, optimizer, scheduler):.4f}", f"{losses[2]:.4f}")
#> 1.7371 1.5454
# --8<-- [end:without-rng]
