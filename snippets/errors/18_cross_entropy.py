import torch
import torch.nn.functional as F
from torch import nn

# --8<-- [start:target-bounds]
logits = torch.zeros(4, 3)
labels = torch.tensor([1, 2, 3, 1])
try:
    F.cross_entropy(logits, labels)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: Target 3 is out of bounds.
print(labels.min().item(), labels.max().item())
#> 1 3
print(F.cross_entropy(logits, labels - 1))
#> tensor(1.0986)
# --8<-- [end:target-bounds]

# --8<-- [start:multi-target]
log_probs = torch.log_softmax(torch.zeros(4, 3), dim=1)
labels = torch.tensor([[0], [2], [1], [0]])
try:
    nn.NLLLoss()(log_probs, labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: 0D or 1D target tensor expected, multi-target not supported
print(labels.squeeze(1).shape)
#> torch.Size([4])
print(nn.NLLLoss()(log_probs, labels.squeeze(1)))
#> tensor(1.0986)
# --8<-- [end:multi-target]

# --8<-- [start:sequence-target]
batch, length, num_classes = 2, 5, 7
logits = torch.zeros(batch, length, num_classes)
labels = torch.zeros(batch, length, dtype=torch.long)
try:
    F.cross_entropy(logits, labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected target size [2, 7], got [2, 5]
print(F.cross_entropy(logits.permute(0, 2, 1), labels))
#> tensor(1.9459)
print(F.cross_entropy(logits.flatten(0, 1), labels.flatten()))
#> tensor(1.9459)
# --8<-- [end:sequence-target]
