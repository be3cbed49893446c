import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:cpu-alloc]
predictions = torch.zeros(2**20, 1)
targets = torch.zeros(2**20)
try:
    errors = predictions - targets
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: [enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate 4398046511104 bytes. Error code 12 (Cannot allocate memory)
errors = predictions.squeeze(1) - targets
print(errors.shape)
#> torch.Size([1048576])
# --8<-- [end:cpu-alloc]

# --8<-- [start:keep-graph]
model = nn.Linear(3, 1)
batches = [(torch.ones(4, 3), torch.zeros(4, 1)) for _ in range(3)]
total_loss = 0
for inputs, targets in batches:
    total_loss += F.mse_loss(model(inputs), targets)
print(type(total_loss).__name__, total_loss.grad_fn is not None)
#> Tensor True
total_loss = 0.0
with torch.no_grad():
    for inputs, targets in batches:
        total_loss += F.mse_loss(model(inputs), targets).item()
print(type(total_loss).__name__)
#> float
# --8<-- [end:keep-graph]
