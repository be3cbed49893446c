# requires: pretrained
import torch
from torch import nn
from torchvision import models

torch.manual_seed(0)
photo = torch.randint(0, 256, (3, 40, 48), dtype=torch.uint8)

# --8<-- [start:load]
weights = models.ResNet18_Weights.DEFAULT
model = models.resnet18(weights=weights)
model.eval()
print(weights, model.fc.out_features, len(weights.meta["categories"]))
#> ResNet18_Weights.IMAGENET1K_V1 1000 1000
print(weights.meta["categories"][:3])
#> ['tench', 'goldfish', 'great white shark']
# --8<-- [end:load]

# --8<-- [start:preprocess]
preprocess = weights.transforms()
print(preprocess)
#> ImageClassification(
#>     crop_size=[224]
#>     resize_size=[256]
#>     mean=[0.485, 0.456, 0.406]
#>     std=[0.229, 0.224, 0.225]
#>     interpolation=InterpolationMode.BILINEAR
#> )
batch = preprocess(photo).unsqueeze(0)
print(batch.shape, batch.dtype)
#> torch.Size([1, 3, 224, 224]) torch.float32
# --8<-- [end:preprocess]

# --8<-- [start:head]
head = nn.Linear(model.fc.in_features, 2)
model.fc = head
print(model.fc)
#> Linear(in_features=512, out_features=2, bias=True)
# --8<-- [end:head]

# --8<-- [start:freeze]
model.requires_grad_(False)
head.requires_grad_(True)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
total = sum(p.numel() for p in model.parameters())
print(trainable, total)
#> 1026 11177538
print([name for name, p in model.named_parameters() if p.requires_grad])
#> ['fc.weight', 'fc.bias']
optimizer = torch.optim.SGD(head.parameters(), lr=0.01)
# --8<-- [end:freeze]
