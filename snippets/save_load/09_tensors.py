import os

import torch

# --8<-- [start:tensors]
torch.save(torch.arange(4), "tensor.pt")
print(torch.load("tensor.pt", weights_only=True))
#> tensor([0, 1, 2, 3])

tensors = {"inputs": torch.zeros(2, 3), "labels": torch.tensor([0, 1])}
torch.save(tensors, "tensors.pt")
loaded = torch.load("tensors.pt", weights_only=True)
print({name: tuple(tensor.shape) for name, tensor in loaded.items()})
#> {'inputs': (2, 3), 'labels': (2,)}
# --8<-- [end:tensors]

# --8<-- [start:views]
big = torch.zeros(100_000)
torch.save(big[:10], "view.pt")
torch.save(big[:10].clone(), "clone.pt")
view_kib = os.path.getsize("view.pt") // 1024
clone_kib = os.path.getsize("clone.pt") // 1024
print(view_kib, "KiB vs", clone_kib, "KiB")
#> 392 KiB vs 1 KiB
print(torch.load("view.pt", weights_only=True).shape)
#> torch.Size([10])
# --8<-- [end:views]
