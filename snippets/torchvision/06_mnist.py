# requires: mnist
import torch
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import v2

transform = v2.Compose(
    [
        v2.ToImage(),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize((0.5,), (0.5,)),
    ]
)

# --8<-- [start:dataset]
trainset = datasets.MNIST("data", train=True, download=True, transform=transform)
testset = datasets.MNIST("data", train=False, download=True, transform=transform)
image, label = trainset[0]
print(image.shape, image.dtype, type(label).__name__)
#> torch.Size([1, 28, 28]) torch.float32 int
print(trainset.classes[:3])
#> ['0 - zero', '1 - one', '2 - two']
# --8<-- [end:dataset]

# --8<-- [start:loader]
torch.manual_seed(0)
trainloader = DataLoader(trainset, batch_size=64, shuffle=True)
images, labels = next(iter(trainloader))
print(images.shape, labels.shape, labels.dtype)
#> torch.Size([64, 1, 28, 28]) torch.Size([64]) torch.int64
# --8<-- [end:loader]
