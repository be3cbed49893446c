import torch
from torchvision.transforms import v2

torch.manual_seed(0)

# --8<-- [start:flip]
image = torch.arange(6, dtype=torch.uint8).reshape(1, 2, 3)
print(v2.RandomHorizontalFlip(p=1.0)(image))
#> tensor([[[2, 1, 0],
#>          [5, 4, 3]]], dtype=torch.uint8)
flip = v2.RandomHorizontalFlip()
print([flip(image)[0, 0, 0].item() for _ in range(8)])
#> [0, 2, 2, 2, 0, 2, 0, 2]
# --8<-- [end:flip]

# --8<-- [start:pipelines]
train_transform = v2.Compose(
    [
        v2.ToImage(),
        v2.RandomResizedCrop(size=(32, 32), scale=(0.5, 1.0)),
        v2.RandomHorizontalFlip(),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
    ]
)
val_transform = v2.Compose(
    [
        v2.ToImage(),
        v2.Resize(32),
        v2.CenterCrop(32),
        v2.ToDtype(torch.float32, scale=True),
        v2.Normalize((0.5, 0.5, 0.5), (0.5, 0.5, 0.5)),
    ]
)
photo = torch.randint(0, 256, (3, 40, 48), dtype=torch.uint8)
print(train_transform(photo).shape, val_transform(photo).shape)
#> torch.Size([3, 32, 32]) torch.Size([3, 32, 32])
print(torch.equal(train_transform(photo), train_transform(photo)))
#> False
print(torch.equal(val_transform(photo), val_transform(photo)))
#> True
# --8<-- [end:pipelines]
