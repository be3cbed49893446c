import torch

# --8<-- [start:error]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
    #> [torch<2.12]
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of SigmoidBackward0, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
# --8<-- [end:error]

# --8<-- [start:version]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.sigmoid(x)
print(y._version)
#> 0
y.mul_(2)
y[0] = 0.0
print(y._version)
#> 2
view = y[1:]
view.add_(1)
print(view._version, y._version)
#> 3 3
# --8<-- [end:version]

# --8<-- [start:fix]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.sigmoid(x)
doubled = y * 2
doubled.sum().backward()
print(x.grad)
#> tensor([0.3932, 0.2100, 0.0904])

x.grad = None
y = torch.sigmoid(x)
edited = y.clone()
edited[0] = 0.0
edited.sum().backward()
print(x.grad)
#> tensor([0.0000, 0.1050, 0.0452])
# --8<-- [end:fix]

# --8<-- [start:harmless]
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.add_(1)
y.sum().backward()
print(x.grad)
#> tensor([2., 2., 2.])
# --8<-- [end:harmless]

# --8<-- [start:leaf]
weights = torch.zeros(3, requires_grad=True)
try:
    weights[0] = 1.0
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():
    weights[0] = 1.0
print(weights, weights.is_leaf)
#> tensor([1., 0., 0.], requires_grad=True) True
# --8<-- [end:leaf]
