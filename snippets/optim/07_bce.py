import torch
import torch.nn.functional as F
from torch import nn

# --8<-- [start:same]
y = torch.tensor([1.0])
x1 = torch.tensor([1.1])
w1 = torch.tensor([2.2])
b = torch.tensor([0.0])
z = x1 * w1 + b

print(F.binary_cross_entropy(torch.sigmoid(z), y))
#> tensor(0.0852)
print(F.binary_cross_entropy_with_logits(z, y))
#> tensor(0.0852)
print(nn.BCEWithLogitsLoss()(z, y))
#> tensor(0.0852)
# --8<-- [end:same]

# --8<-- [start:stable]
big_z = torch.tensor([-120.0, 20.0])
targets = torch.tensor([1.0, 0.0])
print(F.binary_cross_entropy(torch.sigmoid(big_z), targets, reduction="none"))
#> tensor([100., 100.])
print(F.binary_cross_entropy_with_logits(big_z, targets, reduction="none"))
#> tensor([120.,  20.])
# --8<-- [end:stable]

# --8<-- [start:targets]
int_labels = torch.tensor([1, 0])
try:
    F.binary_cross_entropy_with_logits(big_z, int_labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long
print(F.binary_cross_entropy_with_logits(big_z, int_labels.float()))
#> tensor(70.)
# --8<-- [end:targets]
