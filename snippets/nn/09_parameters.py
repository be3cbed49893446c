import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))

# --8<-- [start:list]
params = list(net.parameters())
print(len(params), type(params[0]).__name__)
#> 4 Parameter
for name, param in net.named_parameters():
    print(name, tuple(param.shape), param.requires_grad)
    #> 0.weight (4, 3) True
    #> 0.bias (4,) True
    #> 2.weight (2, 4) True
    #> 2.bias (2,) True
print(sum(p.numel() for p in net.parameters()))
#> 26
# --8<-- [end:list]

# --8<-- [start:changing]
before = net[0].weight.detach().clone()
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
net(torch.randn(5, 3)).sum().backward()
optimizer.step()
print(torch.equal(before, net[0].weight))
#> False
# --8<-- [end:changing]
