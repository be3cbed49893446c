import torch
from torch import nn

torch.manual_seed(0)
criterion = nn.CrossEntropyLoss()

# --8<-- [start:gradient]
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 2])

right = criterion(logits, labels)
wrong = criterion(nn.Softmax(dim=1)(logits), labels)
print(f"{right.item():.4f} {wrong.item():.4f}")
#> 0.9357 0.9706

(right_grad,) = torch.autograd.grad(right, logits)
(wrong_grad,) = torch.autograd.grad(wrong, logits)
print(f"{right_grad.norm():.4f} {wrong_grad.norm():.4f}")
#> 0.3673 0.1141
# --8<-- [end:gradient]

# --8<-- [start:floor]
perfect = torch.tensor([[20.0, -20.0, -20.0]])
target = torch.tensor([0])
print(f"{criterion(perfect, target).item():.4f}")
#> 0.0000
print(f"{criterion(torch.softmax(perfect, dim=1), target).item():.4f}")
#> 0.5514
# --8<-- [end:floor]
