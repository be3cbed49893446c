import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.rand(100, 1, 28, 28), torch.randint(0, 10, (100,)))
loader = DataLoader(dataset, batch_size=64, shuffle=True)

images, labels = next(iter(loader))
print(type(images))
#> <class 'torch.Tensor'>
print(images.shape)
#> torch.Size([64, 1, 28, 28])
print(labels.shape)
#> torch.Size([64])
