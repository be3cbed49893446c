import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(32, 16), nn.ReLU())
        self.fc = nn.Linear(16, 10)

    def forward(self, x):
        return self.fc(self.backbone(x))


torch.manual_seed(0)
model = Classifier()
inputs = torch.randn(4, 32)
print(model(inputs).shape)
#> torch.Size([4, 10])
model.fc = nn.Identity()
features = model(inputs)
print(features.shape, torch.equal(features, model.backbone(inputs)))
#> torch.Size([4, 16]) True
print(nn.Identity()(torch.tensor([1.0, 2.0])))
#> tensor([1., 2.])
