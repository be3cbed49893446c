# requires: cuda
import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)

# --8<-- [start:pin]
pageable = torch.ones(1000, 1000)
pinned = pageable.pin_memory()
print(pageable.is_pinned(), pinned.is_pinned())
#> False True
on_gpu = pinned.to("cuda", non_blocking=True)
print(on_gpu.device, on_gpu.sum().item())
#> cuda:0 1000000.0
# --8<-- [end:pin]

# --8<-- [start:loader]
dataset = TensorDataset(torch.ones(8, 3), torch.zeros(8))
loader = DataLoader(dataset, batch_size=4, pin_memory=True)
inputs, targets = next(iter(loader))
print(inputs.is_pinned())
#> True
inputs = inputs.to("cuda", non_blocking=True)
targets = targets.to("cuda", non_blocking=True)
# --8<-- [end:loader]
