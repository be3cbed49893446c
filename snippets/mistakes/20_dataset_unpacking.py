import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)


# --8<-- [start:wrong]
class RandomDataset(Dataset):
    def __init__(self, size, length):
        self.data = torch.randn(length, size)

    def __getitem__(self, index):
        return self.data[index]

    def __len__(self):
        return len(self.data)


data = next(iter(DataLoader(RandomDataset(5, 12), batch_size=4)))
try:
    inputs, labels = data
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
#> ValueError: too many values to unpack (expected 2)

inputs, labels = next(iter(DataLoader(RandomDataset(5, 12), batch_size=2)))
print(inputs.shape, labels.shape)
#> torch.Size([5]) torch.Size([5])
# --8<-- [end:wrong]


# --8<-- [start:right]
class LabeledDataset(Dataset):
    def __init__(self, size, length):
        self.data = torch.randn(length, size)
        self.labels = torch.randint(0, 2, (length,))

    def __getitem__(self, index):
        return self.data[index], self.labels[index]

    def __len__(self):
        return len(self.data)


inputs, labels = next(iter(DataLoader(LabeledDataset(5, 12), batch_size=4)))
print(inputs.shape, labels.shape)
#> torch.Size([4, 5]) torch.Size([4])
# --8<-- [end:right]
