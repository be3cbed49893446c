import torch
from torch import nn

# --8<-- [start:save]
torch.manual_seed(0)
inputs, targets = torch.randn(8, 3), torch.randn(8, 1)


def train_step(model, optimizer):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(inputs), targets)
    loss.backward()
    optimizer.step()
    return loss.item()


model = nn.Linear(3, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(3):
    loss = train_step(model, optimizer)
    checkpoint = {
        "epoch": epoch,
        "model_state_dict": model.state_dict(),
        "optimizer_state_dict": optimizer.state_dict(),
        "loss": loss,
    }
    torch.save(checkpoint, "checkpoint.pth")
# --8<-- [end:save]

# --8<-- [start:resume]
resumed_model = nn.Linear(3, 1)
resumed_optimizer = torch.optim.Adam(resumed_model.parameters(), lr=0.01)
checkpoint = torch.load("checkpoint.pth", weights_only=True)
resumed_model.load_state_dict(checkpoint["model_state_dict"])
resumed_optimizer.load_state_dict(checkpoint["optimizer_state_dict"])
start_epoch = checkpoint["epoch"] + 1
print(start_epoch, round(checkpoint["loss"], 4))
#> 3 2.4436
adam_state = resumed_optimizer.state[resumed_model.weight]
print(list(adam_state), adam_state["step"])
#> ['step', 'exp_avg', 'exp_avg_sq'] tensor(3.)
print(torch.equal(adam_state["exp_avg"], optimizer.state[model.weight]["exp_avg"]))
#> True

resumed_model.train()
for epoch in range(start_epoch, 5):
    loss = train_step(resumed_model, resumed_optimizer)
    print(epoch, round(loss, 4))
    #> 3 2.3823
    #> 4 2.3218
    train_step(model, optimizer)
print(torch.equal(resumed_model.weight, model.weight))
#> True
# --8<-- [end:resume]
