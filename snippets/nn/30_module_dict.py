import torch
from torch import nn


class PlainDict(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = {"digit": nn.Linear(16, 10), "parity": nn.Linear(16, 2)}


class MultiHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict(
            {"digit": nn.Linear(16, 10), "parity": nn.Linear(16, 2)}
        )

    def forward(self, x, task):
        return self.heads[task](x)


torch.manual_seed(0)
print(len(list(PlainDict().parameters())), len(list(MultiHead().parameters())))
#> 0 4
model = MultiHead()
print(list(model.state_dict()))
#> ['heads.digit.weight', 'heads.digit.bias', 'heads.parity.weight', 'heads.parity.bias']
features = torch.randn(4, 16)
print(model(features, "digit").shape, model(features, "parity").shape)
#> torch.Size([4, 10]) torch.Size([4, 2])
