import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(3, 8)
        self.output = nn.Linear(8, 2)

    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))


torch.manual_seed(0)
model = MLP()
FILE = "model.pth"
torch.save(model.state_dict(), FILE)

loaded_model = MLP()
print(loaded_model.load_state_dict(torch.load(FILE, weights_only=True)))
#> <All keys matched successfully>
loaded_model.eval()

inputs = torch.randn(4, 3)
with torch.no_grad():
    print(torch.equal(model(inputs), loaded_model(inputs)))
    #> True
