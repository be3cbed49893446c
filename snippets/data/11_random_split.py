import torch
from torch.utils.data import TensorDataset, random_split

dataset = TensorDataset(torch.arange(10.0), torch.arange(10))

# --8<-- [start:fractions]
train_set, val_set = random_split(
    dataset, [0.8, 0.2], generator=torch.Generator().manual_seed(42)
)
print(len(train_set), len(val_set))
#> 8 2
print(train_set.indices, val_set.indices)
#> [2, 6, 1, 8, 4, 5, 0, 9] [3, 7]
print(type(train_set).__name__, val_set[0])
#> Subset (tensor(3.), tensor(3))
# --8<-- [end:fractions]

# --8<-- [start:lengths]
train_set, val_set, test_set = random_split(
    dataset, [6, 2, 2], generator=torch.Generator().manual_seed(42)
)
print(len(train_set), len(val_set), len(test_set))
#> 6 2 2
# --8<-- [end:lengths]
