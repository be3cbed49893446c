import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
inputs, labels = torch.randn(8, 2), torch.tensor([0, 1] * 4)
model = nn.Linear(2, 2)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)

# --8<-- [start:same-gradient]
criterion(model(inputs), labels).backward()
full_batch_grad = model.weight.grad.clone()
optimizer.zero_grad()

for chunk_inputs, chunk_labels in zip(inputs.chunk(4), labels.chunk(4), strict=True):
    loss = criterion(model(chunk_inputs), chunk_labels) / 4
    loss.backward()
print(torch.allclose(model.weight.grad, full_batch_grad))
#> True
optimizer.zero_grad()
# --8<-- [end:same-gradient]

# --8<-- [start:loop]
loader = DataLoader(TensorDataset(inputs, labels), batch_size=2)
accumulation_steps = 3
for batch, (batch_inputs, batch_labels) in enumerate(loader, start=1):
    loss = criterion(model(batch_inputs), batch_labels) / accumulation_steps
    loss.backward()
    if batch % accumulation_steps == 0 or batch == len(loader):
        optimizer.step()
        optimizer.zero_grad()
        print(f"optimizer step after batch {batch}")
        #> optimizer step after batch 3
        #> optimizer step after batch 4
# --8<-- [end:loop]
