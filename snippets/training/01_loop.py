import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

# --8<-- [start:data]
X_train = torch.tensor(
    [[-1.2, 3.1], [-0.9, 2.9], [-0.5, 2.6], [2.3, -1.1], [2.7, -1.5]]
)
y_train = torch.tensor([0, 0, 0, 1, 1])
X_val = torch.tensor([[-0.8, 2.8], [2.6, -1.6]])
y_val = torch.tensor([0, 1])

train_loader = DataLoader(TensorDataset(X_train, y_train), batch_size=2, shuffle=True)
val_loader = DataLoader(TensorDataset(X_val, y_val), batch_size=2)
# --8<-- [end:data]

# --8<-- [start:setup]
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 2))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
# --8<-- [end:setup]


# --8<-- [start:train-one-epoch]
def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    total_loss = 0.0
    for inputs, labels in loader:
        optimizer.zero_grad()
        loss = criterion(model(inputs), labels)
        loss.backward()
        optimizer.step()
        total_loss += loss.item() * len(labels)
    return total_loss / len(loader.dataset)


# --8<-- [end:train-one-epoch]


# --8<-- [start:evaluate]
def evaluate(model, loader, criterion):
    model.eval()
    total_loss, correct = 0.0, 0
    with torch.inference_mode():
        for inputs, labels in loader:
            logits = model(inputs)
            total_loss += criterion(logits, labels).item() * len(labels)
            correct += (logits.argmax(dim=1) == labels).sum().item()
    return total_loss / len(loader.dataset), correct / len(loader.dataset)


# --8<-- [end:evaluate]


# --8<-- [start:epochs]
for epoch in range(5):
    train_loss = train_one_epoch(model, train_loader, criterion, optimizer)
    val_loss, val_acc = evaluate(model, val_loader, criterion)
    print(f"epoch {epoch}: train {train_loss:.4f} val {val_loss:.4f} acc {val_acc:.2f}")
    #> epoch 0: train 0.5476 val 0.4381 acc 1.00
    #> epoch 1: train 0.3693 val 0.3616 acc 1.00
    #> epoch 2: train 0.3020 val 0.2994 acc 1.00
    #> epoch 3: train 0.2492 val 0.2428 acc 1.00
    #> epoch 4: train 0.2031 val 0.1924 acc 1.00
# --8<-- [end:epochs]
