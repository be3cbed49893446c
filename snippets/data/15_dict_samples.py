import torch
from torch.utils.data import DataLoader

samples = [
    {"pixels": torch.tensor([0.1, 0.2]), "label": 0, "name": "a.png"},
    {"pixels": torch.tensor([0.3, 0.4]), "label": 1, "name": "b.png"},
    {"pixels": torch.tensor([0.5, 0.6]), "label": 1, "name": "c.png"},
]

torch.manual_seed(0)
batch = next(iter(DataLoader(samples, batch_size=3)))
print(batch["pixels"])
#> tensor([[0.1000, 0.2000],
#>         [0.3000, 0.4000],
#>         [0.5000, 0.6000]])
print(batch["label"])
#> tensor([0, 1, 1])
print(batch["name"])
#> ['a.png', 'b.png', 'c.png']
