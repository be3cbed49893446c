import torch
import torch.nn.functional as F
from torch import nn


class ConvNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 20, 5)
        self.conv2 = nn.Conv2d(20, 20, 5)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        return F.relu(self.conv2(x))


torch.manual_seed(0)
model = ConvNet()
images = torch.randn(1, 1, 28, 28)
print(model(images).shape)
#> torch.Size([1, 20, 20, 20])
print(model.conv1.weight.shape, model.conv1.bias.shape)
#> torch.Size([20, 1, 5, 5]) torch.Size([20])
print(list(model.state_dict()))
#> ['conv1.weight', 'conv1.bias', 'conv2.weight', 'conv2.bias']
print(nn.Conv2d(1, 20, 5, padding=2)(images).shape)
#> torch.Size([1, 20, 28, 28])
