import torch
from torch import nn

predictions = torch.tensor([2.5, 0.0, 2.0])
targets = torch.tensor([3.0, -0.5, 4.0])

print(nn.MSELoss()(predictions, targets))
#> tensor(1.5000)
print(((predictions - targets) ** 2).mean())
#> tensor(1.5000)
print(nn.L1Loss()(predictions, targets))
#> tensor(1.)
