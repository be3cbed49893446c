# --8<-- [start:forward]
import torch
import torch.nn.functional as F
from torch.autograd import grad

y = torch.tensor([1.0])
x1 = torch.tensor([1.1])
w1 = torch.tensor([2.2], requires_grad=True)
b = torch.tensor([0.0], requires_grad=True)

z = x1 * w1 + b
a = torch.sigmoid(z)
loss = F.binary_cross_entropy(a, y)
print(loss)
#> tensor(0.0852, grad_fn=<BinaryCrossEntropyBackward0>)
# --8<-- [end:forward]

# --8<-- [start:grad]
grad_L_w1 = grad(loss, w1, retain_graph=True)
grad_L_b = grad(loss, b, retain_graph=True)
print(grad_L_w1)
#> (tensor([-0.0898]),)
print(grad_L_b)
#> (tensor([-0.0817]),)
print(grad(loss, [w1, b], retain_graph=True))
#> (tensor([-0.0898]), tensor([-0.0817]))
# --8<-- [end:grad]

# --8<-- [start:backward]
loss.backward()
print(w1.grad)
#> tensor([-0.0898])
print(b.grad)
#> tensor([-0.0817])
# --8<-- [end:backward]
