import torch
from torch import nn


# --8<-- [start:strict-false]
class Classifier(nn.Module):
    def __init__(self, num_classes):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.head = nn.Linear(8, num_classes)

    def forward(self, x):
        return self.head(self.backbone(x))


torch.manual_seed(0)
pretrained = Classifier(num_classes=10)
torch.save(pretrained.state_dict(), "pretrained.pth")
torch.save(pretrained.backbone.state_dict(), "backbone.pth")
model = Classifier(num_classes=3)

state_dict = torch.load("pretrained.pth", weights_only=True)
backbone_only = {
    name: tensor for name, tensor in state_dict.items() if name.startswith("backbone.")
}
result = model.load_state_dict(backbone_only, strict=False)
print(result.missing_keys)
#> ['head.weight', 'head.bias']
print(result.unexpected_keys)
#> []
# --8<-- [end:strict-false]

# --8<-- [start:strict-error]
try:
    model.load_state_dict(backbone_only)
except RuntimeError as err:
    for line in str(err).splitlines():
        print(line.strip())
        #> Error(s) in loading state_dict for Classifier:
        #> Missing key(s) in state_dict: "head.weight", "head.bias".
# --8<-- [end:strict-error]

# --8<-- [start:submodule]
backbone_state = torch.load("backbone.pth", weights_only=True)
print(list(backbone_state))
#> ['0.weight', '0.bias']
print(model.backbone.load_state_dict(backbone_state))
#> <All keys matched successfully>
# --8<-- [end:submodule]
