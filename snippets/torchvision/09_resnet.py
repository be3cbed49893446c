import torch
from torchvision import models

torch.manual_seed(0)

# --8<-- [start:build]
model = models.resnet18(weights=None, num_classes=10)
print(model.fc)
#> Linear(in_features=512, out_features=10, bias=True)
print(sum(p.numel() for p in model.parameters()))
#> 11181642
model.eval()
with torch.no_grad():
    logits = model(torch.rand(2, 3, 32, 32))
print(logits.shape)
#> torch.Size([2, 10])
# --8<-- [end:build]

# --8<-- [start:by-name]
print(len(models.list_models()) > 100, "resnet18" in models.list_models())
#> True True
print(models.list_models(include="resnet*"))
#> ['resnet101', 'resnet152', 'resnet18', 'resnet34', 'resnet50']
small = models.get_model("mobilenet_v3_small", weights=None, num_classes=10)
print(type(small).__name__, sum(p.numel() for p in small.parameters()))
#> MobileNetV3 1528106
print(models.get_model_weights("resnet18").DEFAULT)
#> ResNet18_Weights.IMAGENET1K_V1
# --8<-- [end:by-name]
