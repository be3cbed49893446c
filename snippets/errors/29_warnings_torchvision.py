import warnings

import torch
from torchvision import models

torch.manual_seed(0)

# --8<-- [start:pretrained]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    models.resnet18(pretrained=False)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
    #> UserWarning: The parameter 'pretrained' is deprecated since 0.13 and may be removed in the future, please use 'weights' instead.
    #> UserWarning: Arguments other than a weight enum or `None` for 'weights' are deprecated since 0.13 and may be removed in the future. The current behavior is equivalent to passing `weights=None`.
model = models.resnet18(weights=None)
print(models.ResNet18_Weights.DEFAULT)
#> ResNet18_Weights.IMAGENET1K_V1
# --8<-- [end:pretrained]
