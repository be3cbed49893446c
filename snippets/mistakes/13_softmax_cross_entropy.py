import torch
from torch import nn

criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[10.0, -10.0, -10.0]])
target = torch.tensor([0])

# --8<-- [start:wrong]
probabilities = nn.Softmax(dim=1)(logits)
print(criterion(probabilities, target))
#> tensor(0.5514)
# --8<-- [end:wrong]

# --8<-- [start:right]
print(criterion(logits, target))
#> tensor(0.)
print(logits.softmax(dim=1))
#> tensor([[1.0000e+00, 2.0612e-09, 2.0612e-09]])
# --8<-- [end:right]
