import torch
from torch.utils.data import Dataset


class ToyDataset(Dataset):
    def __init__(self, features, labels):
        self.features = features
        self.labels = labels

    def __getitem__(self, index):
        return self.features[index], self.labels[index]

    def __len__(self):
        return self.labels.shape[0]


X_train = torch.tensor(
    [[-1.2, 3.1], [-0.9, 2.9], [-0.5, 2.6], [2.3, -1.1], [2.7, -1.5]]
)
y_train = torch.tensor([0, 0, 0, 1, 1])
train_ds = ToyDataset(X_train, y_train)
print(len(train_ds))
#> 5
print(train_ds[0])
#> (tensor([-1.2000,  3.1000]), tensor(0))
features, label = train_ds[-1]
print(features, label)
#> tensor([ 2.7000, -1.5000]) tensor(1)
