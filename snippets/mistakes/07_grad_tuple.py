import torch
import torch.nn.functional as F
from torch.autograd import grad

y = torch.tensor([1.0])
x1 = torch.tensor([1.1])
w1 = torch.tensor([2.2], requires_grad=True)
loss = F.binary_cross_entropy(torch.sigmoid(x1 * w1), y)

grads = grad(loss, w1, retain_graph=True)
print(type(grads).__name__, grads)
#> tuple (tensor([-0.0898]),)

loss.backward()
print(type(w1.grad).__name__, w1.grad)
#> Tensor tensor([-0.0898])
