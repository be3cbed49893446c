import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
logits = torch.randn(4, 3)
labels = torch.tensor([0, 2, 1, 2])

# --8<-- [start:logits]
criterion = nn.CrossEntropyLoss()
loss = criterion(logits, labels)
print(loss, F.cross_entropy(logits, labels))
#> tensor(0.9357) tensor(0.9357)
# --8<-- [end:logits]

# --8<-- [start:nll]
log_probs = nn.LogSoftmax(dim=1)(logits)
nll_loss = nn.NLLLoss()(log_probs, labels)
print(nll_loss)
#> tensor(0.9357)
print(torch.allclose(loss, nll_loss))
#> True
# --8<-- [end:nll]

# --8<-- [start:functional]
functional_loss = F.nll_loss(F.log_softmax(logits, dim=1), labels)
print(functional_loss)
#> tensor(0.9357)
# --8<-- [end:functional]
