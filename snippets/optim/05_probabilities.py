import torch
from torch import nn

torch.manual_seed(0)
logits = torch.randn(2, 3)

# --8<-- [start:softmax]
probs = torch.softmax(logits, dim=1)
print(probs)
#> tensor([[0.8446, 0.1349, 0.0205],
#>         [0.7511, 0.1438, 0.1051]])
print(probs.sum(dim=1))
#> tensor([1., 1.])
# --8<-- [end:softmax]

# --8<-- [start:log-softmax]
log_probs = nn.LogSoftmax(dim=1)(logits)
print(torch.allclose(torch.exp(log_probs), probs))
#> True
# --8<-- [end:log-softmax]


# --8<-- [start:by-hand]
def softmax(x):
    return torch.exp(x) / torch.sum(torch.exp(x), dim=1).view(-1, 1)


print(torch.allclose(softmax(logits), probs))
#> True

big_logits = torch.tensor([[100.0, 90.0, 0.0]])
print(softmax(big_logits))
#> tensor([[nan, nan, 0.]])
print(torch.softmax(big_logits, dim=1))
#> tensor([[9.9995e-01, 4.5398e-05, 3.7835e-44]])
# --8<-- [end:by-hand]
