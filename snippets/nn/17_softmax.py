import torch
from torch import nn

logits = torch.tensor([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])

# --8<-- [start:softmax]
probs = nn.Softmax(dim=1)(logits)
print(probs)
#> tensor([[0.0900, 0.2447, 0.6652],
#>         [0.3333, 0.3333, 0.3333]])
print(probs.sum(dim=1))
#> tensor([1., 1.])
log_probs = nn.LogSoftmax(dim=1)(logits)
print(log_probs)
#> tensor([[-2.4076, -1.4076, -0.4076],
#>         [-1.0986, -1.0986, -1.0986]])
print(torch.allclose(log_probs.exp(), probs))
#> True
# --8<-- [end:softmax]


# --8<-- [start:manual]
def manual_softmax(x):
    return torch.exp(x) / torch.sum(torch.exp(x), dim=1).view(-1, 1)


print(torch.allclose(manual_softmax(logits), probs))
#> True
big = torch.tensor([[1000.0, 0.0]])
print(manual_softmax(big), torch.softmax(big, dim=1))
#> tensor([[nan, 0.]]) tensor([[1., 0.]])
# --8<-- [end:manual]
