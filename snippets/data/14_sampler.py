import torch
from torch.utils.data import DataLoader, TensorDataset, WeightedRandomSampler

torch.manual_seed(0)
labels = torch.tensor([0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
dataset = TensorDataset(torch.randn(10, 3), labels)
print(torch.bincount(labels))
#> tensor([8, 2])

# --8<-- [start:weighted]
class_counts = torch.bincount(labels)
sample_weights = 1.0 / class_counts[labels]
sampler = WeightedRandomSampler(sample_weights, num_samples=1000, replacement=True)
loader = DataLoader(dataset, batch_size=100, sampler=sampler)
drawn = torch.cat([batch_labels for _, batch_labels in loader])
print(len(drawn), torch.bincount(drawn))
#> 1000 tensor([497, 503])
# --8<-- [end:weighted]

# --8<-- [start:exclusive]
try:
    DataLoader(dataset, sampler=sampler, shuffle=True)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: sampler option is mutually exclusive with shuffle
# --8<-- [end:exclusive]
