import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:cross-entropy]
logits = torch.randn(4, 2)
labels = torch.tensor([0, 0, 0, 1])
class_weights = torch.tensor([1.0, 3.0])
weighted = nn.CrossEntropyLoss(weight=class_weights)(logits, labels)

per_sample = nn.CrossEntropyLoss(reduction="none")(logits, labels)
sample_weights = class_weights[labels]
print(weighted, (per_sample * sample_weights).sum() / sample_weights.sum())
#> tensor(0.8339) tensor(0.8339)
# --8<-- [end:cross-entropy]

# --8<-- [start:pos-weight]
logits = torch.tensor([0.0, 0.0, 0.0, 0.0])
targets = torch.tensor([1.0, 0.0, 0.0, 0.0])
pos_weight = (targets == 0).sum() / (targets == 1).sum()
print(pos_weight)
#> tensor(3.)
criterion = nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
print(criterion(logits, targets))
#> tensor([2.0794, 0.6931, 0.6931, 0.6931])
# --8<-- [end:pos-weight]
