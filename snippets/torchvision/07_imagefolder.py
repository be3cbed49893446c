# requires: imagefolder
import torch
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import v2

transform = v2.Compose(
    [
        v2.ToImage(),
        v2.Resize((32, 32)),
        v2.ToDtype(torch.float32, scale=True),
    ]
)
train_data = datasets.ImageFolder("data/pets/train", transform=transform)
val_data = datasets.ImageFolder("data/pets/val", transform=transform)
print(train_data.classes, train_data.class_to_idx)
#> ['cat', 'dog'] {'cat': 0, 'dog': 1}
print(len(train_data), len(val_data))
#> 12 4
print(train_data.samples[0])
#> ('data/pets/train/cat/cat_0.png', 0)

torch.manual_seed(1)
loader = DataLoader(train_data, batch_size=4, shuffle=True)
images, labels = next(iter(loader))
print(images.shape, labels)
#> torch.Size([4, 3, 32, 32]) tensor([1, 0, 1, 1])
