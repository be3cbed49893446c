import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:non-leaf-grad]
weights = torch.randn(3, requires_grad=True) * 0.01
weights.sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(weights.grad)
    #> None
for warning in caught:
    print(f"{warning.category.__name__}: {str(warning.message).split('. ')[0]}")
    #> UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed
weights = (torch.randn(3) * 0.01).requires_grad_()
weights.sum().backward()
print(weights.is_leaf, weights.grad)
#> True tensor([1., 1., 1.])
# --8<-- [end:non-leaf-grad]

# --8<-- [start:leaf-inplace]
weights = torch.ones(2, requires_grad=True)
weights.sum().backward()
try:
    weights -= 0.1 * weights.grad
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
with torch.no_grad():
    weights -= 0.1 * weights.grad
print(weights)
#> tensor([0.9000, 0.9000], requires_grad=True)
# --8<-- [end:leaf-inplace]

# --8<-- [start:scalar-outputs]
per_sample = F.mse_loss(
    torch.ones(4, requires_grad=True), torch.zeros(4), reduction="none"
)
try:
    per_sample.backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: grad can be implicitly created only for scalar outputs
per_sample.mean().backward()
print(per_sample.shape)
#> torch.Size([4])
# --8<-- [end:scalar-outputs]

# --8<-- [start:differentiated]
images = torch.ones(2, 3)
model = nn.Linear(3, 1)
try:
    torch.autograd.grad(model(images).sum(), images)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: One of the differentiated Tensors does not require grad
images.requires_grad_()
(image_grad,) = torch.autograd.grad(model(images).sum(), images)
print(image_grad.shape)
#> torch.Size([2, 3])
# --8<-- [end:differentiated]
