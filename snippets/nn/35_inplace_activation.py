import torch
from torch import nn

# --8<-- [start:saves]
torch.manual_seed(0)
linear = nn.Linear(4, 3)
hidden = linear(torch.randn(2, 4))
address = hidden.data_ptr()
activated = nn.ReLU(inplace=True)(hidden)
print(activated is hidden, activated.data_ptr() == address)
#> True True
print(hidden.min().item())
#> 0.0
activated.sum().backward()
print(linear.weight.grad.shape)
#> torch.Size([3, 4])
# --8<-- [end:saves]

# --8<-- [start:risk]
x = torch.tensor([-1.0, 2.0])
print(nn.ReLU()(x) + x)
#> tensor([-1.,  4.])
print(nn.ReLU(inplace=True)(x) + x)
#> tensor([0., 4.])
print(x)
#> tensor([0., 2.])
# --8<-- [end:risk]
