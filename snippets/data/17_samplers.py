import torch
from torch.utils.data import (
    DataLoader,
    RandomSampler,
    SequentialSampler,
    SubsetRandomSampler,
    TensorDataset,
)

dataset = TensorDataset(torch.arange(10))

# --8<-- [start:sequential-random]
print(list(SequentialSampler(dataset)))
#> [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
generator = torch.Generator().manual_seed(0)
print(list(RandomSampler(dataset, generator=generator)))
#> [4, 1, 7, 5, 3, 9, 0, 8, 6, 2]
generator = torch.Generator().manual_seed(0)
drawn = RandomSampler(dataset, num_samples=4, replacement=True, generator=generator)
print(list(drawn))
#> [4, 9, 3, 0]
# --8<-- [end:sequential-random]

# --8<-- [start:subset-random]
torch.manual_seed(0)
indices = torch.randperm(len(dataset)).tolist()
train_indices, val_indices = indices[:8], indices[8:]
train_loader = DataLoader(
    dataset, batch_size=4, sampler=SubsetRandomSampler(train_indices)
)
val_loader = DataLoader(dataset, batch_size=4, sampler=val_indices)
print([batch.tolist() for (batch,) in train_loader])
#> [[7, 4, 9, 0], [3, 1, 5, 8]]
print([batch.tolist() for (batch,) in val_loader])
#> [[6, 2]]
# --8<-- [end:subset-random]
