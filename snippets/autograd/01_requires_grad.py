import torch

# --8<-- [start:create]
weight = torch.tensor([2.0, -1.0], requires_grad=True)
data = torch.tensor([3.0, 4.0])
print(weight.requires_grad, data.requires_grad)
#> True False

output = (weight * data).sum()
print(output.requires_grad)
#> True
print(output)
#> tensor(2., grad_fn=<SumBackward0>)
# --8<-- [end:create]

# --8<-- [start:float-only]
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
#> RuntimeError: Only Tensors of floating point and complex dtype can require gradients
# --8<-- [end:float-only]
