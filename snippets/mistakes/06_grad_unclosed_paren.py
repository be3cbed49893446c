import torch
import torch.nn.functional as F
from torch.autograd import grad

# --8<-- [start:wrong]
seed_source = """\
grad_L_b = grad(loss, b, retain_graph=True


print(grad_L_w1)
"""
try:
    compile(seed_source, "<seed>", "exec")
except SyntaxError as err:
    print(f"{type(err).__name__}: {err.msg} (line {err.lineno})")
#> SyntaxError: '(' was never closed (line 1)
# --8<-- [end:wrong]

# --8<-- [start:right]
y = torch.tensor([1.0])
x1 = torch.tensor([1.1])
w1 = torch.tensor([2.2], requires_grad=True)
b = torch.tensor([0.0], requires_grad=True)
loss = F.binary_cross_entropy(torch.sigmoid(x1 * w1 + b), y)

grad_L_w1 = grad(loss, w1, retain_graph=True)
grad_L_b = grad(loss, b, retain_graph=True)
print(grad_L_w1, grad_L_b)
#> (tensor([-0.0898]),) (tensor([-0.0817]),)
# --8<-- [end:right]
