import torch
from torchvision import datasets
from torchvision.transforms import v2

torch.manual_seed(0)
transform = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
fake = datasets.FakeData(
    size=20, image_size=(3, 32, 32), num_classes=10, transform=transform
)
image, label = fake[0]
print(len(fake), image.shape, image.dtype, label)
#> 20 torch.Size([3, 32, 32]) torch.float32 7
