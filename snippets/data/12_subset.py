import torch
from torch.utils.data import ConcatDataset, Subset, TensorDataset

dataset = TensorDataset(torch.arange(10.0) * 10, torch.arange(10))

# --8<-- [start:subset]
first_four = Subset(dataset, range(4))
evens = Subset(dataset, [0, 2, 4, 6, 8])
print(len(first_four), len(evens))
#> 4 5
print(evens[1])
#> (tensor(20.), tensor(2))
print(evens.dataset is dataset, evens.indices)
#> True [0, 2, 4, 6, 8]
# --8<-- [end:subset]

# --8<-- [start:concat]
both = ConcatDataset([first_four, evens])
print(len(both), both[4])
#> 9 (tensor(0.), tensor(0))
# --8<-- [end:concat]
