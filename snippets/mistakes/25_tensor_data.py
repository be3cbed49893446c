import torch

# --8<-- [start:wrong]
x = torch.tensor([0.0, 1.0], requires_grad=True)
probs = x.sigmoid()
probs.data.zero_()
probs.sum().backward()
print(x.grad)
#> tensor([0., 0.])
# --8<-- [end:wrong]

# --8<-- [start:right]
x = torch.tensor([0.0, 1.0], requires_grad=True)
probs = x.sigmoid()
probs.detach().zero_()
try:
    probs.sum().backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(' Hint:')[0]}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead.
    #> [torch<2.12]
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of SigmoidBackward0, is at version 1; expected version 0 instead.

weight = torch.tensor([1.0, 2.0], requires_grad=True)
(weight**2).sum().backward()
with torch.no_grad():
    weight -= 0.1 * weight.grad
print(weight)
#> tensor([0.8000, 1.6000], requires_grad=True)
# --8<-- [end:right]
