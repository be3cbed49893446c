import torch
import torch.nn.functional as F
from torch import nn

num_inputs, num_hidden, num_outputs = 4, 8, 3
torch.manual_seed(0)
x = torch.randn(2, num_inputs)


# --8<-- [start:attributes]
class Network(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(num_inputs, num_hidden)
        self.relu = nn.ReLU()
        self.output = nn.Linear(num_hidden, num_outputs)

    def forward(self, x):
        return self.output(self.relu(self.hidden(x)))


model = Network()
print(model(x).shape, model.hidden.weight.shape)
#> torch.Size([2, 3]) torch.Size([8, 4])
# --8<-- [end:attributes]


# --8<-- [start:functional]
class DropoutNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(num_inputs, num_hidden)
        self.output = nn.Linear(num_hidden, num_outputs)
        self.dropout = nn.Dropout(p=0.2)

    def forward(self, x):
        x = self.dropout(F.relu(self.hidden(x)))
        return self.output(x)


model = DropoutNetwork()
print(model(x).shape, model.dropout)
#> torch.Size([2, 3]) Dropout(p=0.2, inplace=False)
# --8<-- [end:functional]

# --8<-- [start:sequential]
model = nn.Sequential(
    nn.Linear(num_inputs, num_hidden),
    nn.ReLU(),
    nn.Linear(num_hidden, num_outputs),
)
print(model(x).shape, model[0].weight.shape, model[0].bias.shape)
#> torch.Size([2, 3]) torch.Size([8, 4]) torch.Size([8])
try:
    model.hidden.weight
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
    #> AttributeError: 'Sequential' object has no attribute 'hidden'
# --8<-- [end:sequential]
