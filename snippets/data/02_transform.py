import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, Dataset


class RandomDataset(Dataset):
    def __init__(self, size, length, transform=None, target_transform=None):
        self.data = torch.randn(length, size)
        self.labels = torch.arange(length) % 2
        self.transform = transform
        self.target_transform = target_transform

    def __getitem__(self, index):
        x, y = self.data[index], self.labels[index]
        if self.transform is not None:
            x = self.transform(x)
        if self.target_transform is not None:
            y = self.target_transform(y)
        return x, y

    def __len__(self):
        return len(self.data)


def standardize(x):
    return (x - x.mean()) / x.std()


def one_hot(y):
    return F.one_hot(y, num_classes=2)


torch.manual_seed(0)
dataset = RandomDataset(5, 100, transform=standardize, target_transform=one_hot)
x, y = dataset[1]
print(x.shape, f"mean {x.mean().abs():.2f} std {x.std():.2f}", y)
#> torch.Size([5]) mean 0.00 std 1.00 tensor([0, 1])

loader = DataLoader(dataset, batch_size=30, shuffle=True)
for i, (inputs, labels) in enumerate(loader):
    print(i, inputs.shape, labels.shape)
    #> 0 torch.Size([30, 5]) torch.Size([30, 2])
    #> 1 torch.Size([30, 5]) torch.Size([30, 2])
    #> 2 torch.Size([30, 5]) torch.Size([30, 2])
    #> 3 torch.Size([10, 5]) torch.Size([10, 2])
