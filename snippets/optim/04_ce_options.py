import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
labels = torch.tensor([0, 2, 1, 2])

# --8<-- [start:reduction]
per_sample = nn.CrossEntropyLoss(reduction="none")(logits, labels)
print(per_sample)
#> tensor([0.1689, 2.2532, 0.6196, 0.7011])
print(per_sample.mean(), nn.CrossEntropyLoss()(logits, labels))
#> tensor(0.9357) tensor(0.9357)
print(nn.CrossEntropyLoss(reduction="sum")(logits, labels))
#> tensor(3.7427)
# --8<-- [end:reduction]

# --8<-- [start:label-smoothing]
smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)
print(smoothed(logits, labels))
#> tensor(0.9909)
# --8<-- [end:label-smoothing]

# --8<-- [start:ignore-index]
padded = torch.tensor([0, 2, -100, -100])
print(nn.CrossEntropyLoss()(logits, padded), per_sample[:2].mean())
#> tensor(1.2110) tensor(1.2110)
# --8<-- [end:ignore-index]
