import torch
from torch import nn


class LinearRegression(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(1))
        self.bias = nn.Parameter(torch.zeros(1))
        self.other_tensor = torch.ones(1)

    def forward(self, x):
        return self.weight * x + self.bias + self.other_tensor


torch.manual_seed(0)
model = LinearRegression()
print([name for name, _ in model.named_parameters()])
#> ['weight', 'bias']
print(list(model.state_dict()))
#> ['weight', 'bias']
print(model.weight.requires_grad, model.other_tensor.requires_grad)
#> True False
print(isinstance(model.weight, torch.Tensor), type(model.weight).__name__)
#> True Parameter
