import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[1.0, -2.0, 3.0]])
print(torch.equal(nn.Softmax(dim=1)(x), F.softmax(x, dim=1)))
#> True
print(nn.ReLU()(x), F.relu(x), torch.relu(x), sep="\n")
#> tensor([[1., 0., 3.]])
#> tensor([[1., 0., 3.]])
#> tensor([[1., 0., 3.]])
torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(torch.equal(layer(x), F.linear(x, layer.weight, layer.bias)))
#> True
