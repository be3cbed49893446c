import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
torch.manual_seed(0)
inputs = torch.randn(64, 2)
labels = (inputs.sum(dim=1) > 0).long()
loader = DataLoader(
    TensorDataset(inputs, labels),
    batch_size=32,
    shuffle=True,
    pin_memory=device.type != "cpu",
)

model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)
optimizer = torch.optim.AdamW(model.parameters(), lr=0.05)
criterion = nn.CrossEntropyLoss()
use_float16 = device.type == "cuda"
amp_dtype = torch.float16 if use_float16 else torch.bfloat16
scaler = torch.amp.GradScaler(device.type, enabled=use_float16)

epoch_losses = []
for _ in range(3):
    model.train()
    total = 0.0
    for batch_inputs, batch_labels in loader:
        batch_inputs = batch_inputs.to(device, non_blocking=True)
        batch_labels = batch_labels.to(device, non_blocking=True)
        optimizer.zero_grad()
        with torch.autocast(device.type, dtype=amp_dtype):
            logits = model(batch_inputs)
            loss = criterion(logits, batch_labels)
        scaler.scale(loss).backward()
        scaler.step(optimizer)
        scaler.update()
        total += loss.item()
    epoch_losses.append(total / len(loader))
print(logits.dtype == amp_dtype, loss.dtype, model[0].weight.dtype)
#> True torch.float32 torch.float32
print(epoch_losses[-1] < epoch_losses[0])
#> True
