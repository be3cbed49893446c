import torch
from torch import nn

predictions = torch.tensor([0.0, 0.0, 0.0])
targets = torch.tensor([0.5, 1.0, 3.0])

per_error = nn.HuberLoss(delta=1.0, reduction="none")(predictions, targets)
print(per_error)
#> tensor([0.1250, 0.5000, 2.5000])
print(nn.MSELoss(reduction="none")(predictions, targets) / 2)
#> tensor([0.1250, 0.5000, 4.5000])

huber = nn.HuberLoss(delta=2.0)(predictions, targets)
smooth_l1 = nn.SmoothL1Loss(beta=2.0)(predictions, targets)
print(huber, smooth_l1, torch.allclose(huber, 2.0 * smooth_l1))
#> tensor(1.5417) tensor(0.7708) True
