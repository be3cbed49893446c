import torch
from torch.utils.data import DataLoader, Dataset

torch.manual_seed(0)
X_train = torch.tensor(
    [[-1.2, 3.1], [-0.9, 2.9], [-0.5, 2.6], [2.3, -1.1], [2.7, -1.5]]
)
y_train = torch.tensor([0, 0, 0, 1, 1])


# --8<-- [start:wrong]
class ToyDataset(Dataset):
    def __init__(self, X, y):
        self.features = X
        self.labels = y

    def __getitem__(self, index):
        return self.features[index], self.labels[index]


def __len__(self):
    return self.labels.shape[0]


train_ds = ToyDataset(X_train, y_train)
try:
    len(train_ds)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
#> TypeError: object of type 'ToyDataset' has no len()
try:
    next(iter(DataLoader(train_ds, batch_size=2)))
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
#> TypeError: object of type 'ToyDataset' has no len()
# --8<-- [end:wrong]


# --8<-- [start:right]
class ToyDataset(Dataset):
    def __init__(self, X, y):
        self.features = X
        self.labels = y

    def __getitem__(self, index):
        return self.features[index], self.labels[index]

    def __len__(self):
        return self.labels.shape[0]


train_ds = ToyDataset(X_train, y_train)
print(len(train_ds), len(DataLoader(train_ds, batch_size=2)))
#> 5 3
# --8<-- [end:right]
