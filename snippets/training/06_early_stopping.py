import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

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

# --8<-- [start:early-stopping]
patience, bad_epochs, best_loss = 2, 0, float("inf")
for epoch in range(100):
    model.train()
    for inputs, labels in train_loader:
        optimizer.zero_grad()
        criterion(model(inputs), labels).backward()
        optimizer.step()
    model.eval()
    with torch.inference_mode():
        val_loss = criterion(model(X_val), y_val).item()
    if val_loss < best_loss:
        best_loss, bad_epochs = val_loss, 0
    else:
        bad_epochs += 1
        if bad_epochs == patience:
            print(f"stopped at epoch {epoch}, best val loss {best_loss:.4f}")
            #> stopped at epoch 5, best val loss 0.3077
            break
# --8<-- [end:early-stopping]
