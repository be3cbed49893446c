import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
image = torch.randn(1, 4)

image.requires_grad_()
score = model(image).squeeze()
score.backward()
print(image.is_leaf, image.grad.shape)
#> True torch.Size([1, 4])
print(image.grad.abs().argmax().item())
#> 2
