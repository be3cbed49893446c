import torch

# --8<-- [start:error]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2
try:
    y.backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
#> RuntimeError: grad can be implicitly created only for scalar outputs
# --8<-- [end:error]

# --8<-- [start:sum]
y.sum().backward()
print(x.grad)
#> tensor([2., 4., 6.])
# --8<-- [end:sum]

# --8<-- [start:gradient]
x.grad = None
y = x**2
y.backward(gradient=torch.tensor([1.0, 0.1, 0.0]))
print(x.grad)
#> tensor([2.0000, 0.4000, 0.0000])
# --8<-- [end:gradient]
