import torch

# --8<-- [start:inspect]
x = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = x * 3


def show(grad):
    print("grad of hidden:", grad)
    #> grad of hidden: tensor([ 6., 12.])


handle = hidden.register_hook(show)
(hidden**2).sum().backward()
print(x.grad)
#> tensor([18., 36.])
handle.remove()
# --8<-- [end:inspect]

# --8<-- [start:modify]
x = torch.tensor([1.0, 2.0], requires_grad=True)
x.register_hook(lambda grad: grad.clamp(max=5.0))
(x**3).sum().backward()
print(x.grad)
#> tensor([3., 5.])
# --8<-- [end:modify]
