import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.zeros(6, 1, 28, 28), torch.arange(6))
loader = DataLoader(dataset, batch_size=4)

# --8<-- [start:wrong]
dataiter = iter(loader)
try:
    images, labels = dataiter.next()
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
#> AttributeError: '_SingleProcessDataLoaderIter' object has no attribute 'next'
# --8<-- [end:wrong]

# --8<-- [start:right]
images, labels = next(dataiter)
print(images.shape, labels)
#> torch.Size([4, 1, 28, 28]) tensor([0, 1, 2, 3])

images, labels = next(iter(loader))
print(images.shape, labels)
#> torch.Size([4, 1, 28, 28]) tensor([0, 1, 2, 3])
# --8<-- [end:right]
