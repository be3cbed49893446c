import torch
from torch import nn


class LinearRegression(nn.Module):
    def __init__(self, num_features: int):
        super().__init__()
        self.linear = nn.Linear(num_features, 1)

    def forward(self, x):
        return self.linear(x)


torch.manual_seed(0)
model = LinearRegression(num_features=15)
batch = torch.randn(64, 15)
print(model(batch).shape)
#> torch.Size([64, 1])
one_sample = batch[0]
print(one_sample.shape, model(one_sample.unsqueeze(0)).shape)
#> torch.Size([15]) torch.Size([1, 1])
