import torch
import torchvision.transforms.v2 as T
from torchvision import datasets

torch.manual_seed(0)
transform = T.Compose([T.ToImage(), T.ToDtype(torch.float32, scale=True)])
fake = datasets.FakeData(
    size=20, image_size=(3, 32, 32), num_classes=10, transform=transform
)
image, label = fake[0]
print(len(fake), image.shape, image.dtype, label)
#> 20 torch.Size([3, 32, 32]) torch.float32 7
