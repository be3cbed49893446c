import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:forward-args]
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
inputs, targets = torch.ones(4, 3), torch.zeros(4, 1)
try:
    model(inputs, targets)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: Sequential.forward() takes 2 positional arguments but 3 were given
print(model(inputs).shape)
#> torch.Size([4, 1])
# --8<-- [end:forward-args]


# --8<-- [start:missing-forward]
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 1)

    def foward(self, x):
        return self.fc(x)


try:
    Net()(torch.ones(2, 3))
except NotImplementedError as err:
    print(f"{type(err).__name__}: {err}")
    #> NotImplementedError: Module [Net] is missing the required "forward" function


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 1)

    def forward(self, x):
        return self.fc(x)


print(Net()(torch.ones(2, 3)).shape)
#> torch.Size([2, 1])
# --8<-- [end:missing-forward]
