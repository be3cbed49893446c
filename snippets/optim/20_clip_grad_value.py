import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
inputs = torch.randn(4, 3)
targets = 10 * torch.randn(4, 1)

F.mse_loss(model(inputs), targets).backward()
print(model.weight.grad)
#> tensor([[-13.0201,   3.7650, -11.0946]])

torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=1.0)
print(model.weight.grad)
#> tensor([[-1.,  1., -1.]])
