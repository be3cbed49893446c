import warnings

import torch
import torch.nn.functional as F
from torch import nn

# --8<-- [start:bce-size]
logits = torch.zeros(4, 1)
labels = torch.tensor([1.0, 0.0, 1.0, 1.0])
try:
    F.binary_cross_entropy_with_logits(logits, labels)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: Target size (torch.Size([4])) must be the same as input size (torch.Size([4, 1]))
try:
    F.binary_cross_entropy(torch.sigmoid(logits), labels)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1])) is deprecated. Please ensure they have the same size.
print(F.binary_cross_entropy_with_logits(logits.squeeze(1), labels))
#> tensor(0.6931)
# --8<-- [end:bce-size]

# --8<-- [start:bce-input]
logits = torch.tensor([2.5, -1.0, 0.3])
labels = torch.tensor([1.0, 0.0, 1.0])
try:
    nn.BCELoss()(logits, labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: all elements of input should be between 0 and 1
print(nn.BCEWithLogitsLoss()(logits, labels))
#> tensor(0.3155)
print(nn.BCELoss()(torch.sigmoid(logits), labels))
#> tensor(0.3155)
# --8<-- [end:bce-input]

# --8<-- [start:bce-target]
probabilities = torch.tensor([0.9, 0.2, 0.6])
mask_pixels = torch.tensor([255.0, 0.0, 255.0])
try:
    nn.BCELoss()(probabilities, mask_pixels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: all elements of target should be between 0 and 1
print(nn.BCELoss()(probabilities, mask_pixels / 255))
#> tensor(0.2798)
# --8<-- [end:bce-target]

# --8<-- [start:mse-size]
predictions = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
targets = torch.tensor([1.0, 2.0, 3.0, 4.0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(F.mse_loss(predictions, targets))
    #> tensor(2.5000)
for warning in caught:
    print(f"{warning.category.__name__}: {warning.message}")
    #> UserWarning: Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print((predictions - targets).shape)
#> torch.Size([4, 4])
print(F.mse_loss(predictions.squeeze(1), targets))
#> tensor(0.)
# --8<-- [end:mse-size]
