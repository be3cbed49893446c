import torch
from torch import nn


class CustomModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 20, 5)
        self.conv2 = nn.Conv2d(20, 20, 5)
        self.conv_stack = nn.Sequential(self.conv1, nn.ReLU(), self.conv2, nn.ReLU())

    def forward(self, x):
        return self.conv_stack(x)


torch.manual_seed(0)
model = CustomModel()
images = torch.randn(1, 1, 28, 28)
output = model(images)
print(output.shape)
#> torch.Size([1, 20, 20, 20])
print(model.conv1.weight.shape, model.conv1.bias.shape)
#> torch.Size([20, 1, 5, 5]) torch.Size([20])
print(len(list(model.parameters())), len(model.state_dict()))
#> 4 8
print(nn.Conv2d(1, 20, 5, padding=2)(images).shape)
#> torch.Size([1, 20, 28, 28])
