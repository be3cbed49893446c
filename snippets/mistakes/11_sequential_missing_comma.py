import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:wrong]
seed_source = """\
self.conv_stack = nn.Sequential(self.conv1, nn.ReLU() self.conv2, nn.ReLU())
"""
try:
    compile(seed_source, "<seed>", "exec")
except SyntaxError as err:
    print(f"{type(err).__name__}: {err.msg} (line {err.lineno})")
#> SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 1)
# --8<-- [end:wrong]


# --8<-- [start:right]
class CustomModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 20, 5)
        self.conv2 = nn.Conv2d(20, 20, 5)
        self.conv_stack = nn.Sequential(self.conv1, nn.ReLU(), self.conv2, nn.ReLU())

    def forward(self, x):
        return self.conv_stack(x)


model = CustomModel()
print(model(torch.rand(1, 1, 12, 12)).shape)
#> torch.Size([1, 20, 4, 4])
# --8<-- [end:right]
