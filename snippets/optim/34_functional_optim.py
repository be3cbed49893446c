# requires: torch215
import torch
import torch.optim.functional as OF
from torch import optim

# --8<-- [start:functional]
torch.manual_seed(0)
weight = torch.randn(3, requires_grad=True)
reference = weight.detach().clone().requires_grad_()
optimizer = optim.SGD([reference], lr=0.1, momentum=0.9)
momentum_buffers = [None]
for _step in range(2):
    weight.grad = reference.grad = None
    (weight**2).sum().backward()
    (reference**2).sum().backward()
    with torch.no_grad():
        OF.sgd(
            [weight],
            [weight.grad],
            momentum_buffers,
            lr=0.1,
            momentum=0.9,
            weight_decay=0.0,
            dampening=0.0,
            nesterov=False,
            maximize=False,
        )
    optimizer.step()
print(torch.equal(weight, reference))
#> True
print(momentum_buffers[0])
#> tensor([ 5.2394, -0.9977, -7.4079])
print(optimizer.state[reference]["momentum_buffer"])
#> tensor([ 5.2394, -0.9977, -7.4079])
# --8<-- [end:functional]
