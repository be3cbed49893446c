import torch
from torch import nn

torch.manual_seed(0)


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU()
        )
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.features(x))


x = torch.randn(2, 4)

# --8<-- [start:identity]
model = Classifier()
print(model(x).shape)
#> torch.Size([2, 3])
model.fc = nn.Identity()
print(model(x).shape)
#> torch.Size([2, 8])
# --8<-- [end:identity]

# --8<-- [start:new-head]
model = Classifier()
model.fc = nn.Linear(model.fc.in_features, 10)
print(model(x).shape, [name for name, _ in model.named_parameters()][-2:])
#> torch.Size([2, 10]) ['fc.weight', 'fc.bias']
# --8<-- [end:new-head]

# --8<-- [start:swap-type]
model = Classifier()
for name, module in list(model.named_modules()):
    if isinstance(module, nn.ReLU):
        model.set_submodule(name, nn.GELU())
print(model.features)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): GELU(approximate='none')
#>   (2): Linear(in_features=8, out_features=8, bias=True)
#>   (3): GELU(approximate='none')
#> )
# --8<-- [end:swap-type]

# --8<-- [start:sequential-index]
model = Classifier()
model.features[1] = nn.Tanh()
print(model.features[1], model.get_submodule("features.1"))
#> Tanh() Tanh()
del model.features[2:]
print(model.features)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): Tanh()
#> )
# --8<-- [end:sequential-index]
