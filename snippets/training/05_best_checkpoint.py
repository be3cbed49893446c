import copy

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

# --8<-- [start:setup]
torch.manual_seed(0)


def make_blobs(n, std=1.5):
    labels = torch.arange(n) % 2
    features = torch.randn(n, 2) * std + (2 * labels.unsqueeze(1) - 1)
    return features, labels


X_train, y_train = make_blobs(8)
X_val, y_val = make_blobs(20)
train_loader = DataLoader(TensorDataset(X_train, y_train), batch_size=4, shuffle=True)
model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 2))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.02)
# --8<-- [end:setup]

# --8<-- [start:track]
best_loss, best_state = float("inf"), None
for epoch in range(6):
    model.train()
    for inputs, labels in train_loader:
        optimizer.zero_grad()
        loss = criterion(model(inputs), labels)
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.inference_mode():
        train_loss = criterion(model(X_train), y_train).item()
        val_loss = criterion(model(X_val), y_val).item()
    saved = val_loss < best_loss
    if saved:
        best_loss, best_epoch = val_loss, epoch
        best_state = copy.deepcopy(model.state_dict())
        torch.save(model.state_dict(), "best.pth")
    note = " saved" if saved else ""
    print(f"epoch {epoch}: train {train_loss:.4f} val {val_loss:.4f}{note}")
    #> epoch 0: train 0.4679 val 0.4828 saved
    #> epoch 1: train 0.3633 val 0.3578 saved
    #> epoch 2: train 0.3143 val 0.3165 saved
    #> epoch 3: train 0.2776 val 0.3077 saved
    #> epoch 4: train 0.2503 val 0.3113
    #> epoch 5: train 0.2263 val 0.3250
# --8<-- [end:track]

# --8<-- [start:restore]
model.load_state_dict(best_state)
with torch.inference_mode():
    print(best_epoch, f"{criterion(model(X_val), y_val).item():.4f}")
    #> 3 0.3077

model.load_state_dict(torch.load("best.pth", weights_only=True))
# --8<-- [end:restore]
