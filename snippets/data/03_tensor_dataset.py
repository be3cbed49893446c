import torch
from torch.utils.data import TensorDataset

features = torch.arange(12.0).reshape(6, 2)
labels = torch.tensor([0, 1, 0, 1, 1, 0])
dataset = TensorDataset(features, labels)
print(len(dataset))
#> 6
print(dataset[2])
#> (tensor([4., 5.]), tensor(0))
print(dataset.tensors[0].shape, dataset.tensors[1].shape)
#> torch.Size([6, 2]) torch.Size([6])

try:
    TensorDataset(features, labels[:4])
except AssertionError as err:
    print(f"{type(err).__name__}: {err}")
    #> AssertionError: Size mismatch between tensors
