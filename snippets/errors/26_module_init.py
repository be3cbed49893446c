import torch
from torch import nn

torch.manual_seed(0)


# --8<-- [start:super-init]
class Net(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(3, 1)


try:
    Net()
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
    #> AttributeError: cannot assign module before Module.__init__() call


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 1)


print(Net())
#> Net(
#>   (fc): Linear(in_features=3, out_features=1, bias=True)
#> )
# --8<-- [end:super-init]


# --8<-- [start:empty-parameters]
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(3, 8), nn.Linear(8, 1)]


try:
    torch.optim.Adam(Net().parameters())
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: optimizer got an empty parameter list


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(3, 8), nn.Linear(8, 1)])


print(len(list(Net().parameters())))
#> 4
# --8<-- [end:empty-parameters]
