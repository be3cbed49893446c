import numpy as np
import torch

# --8<-- [start:copy]
array = np.array([1.0, 2.0, 3.0])
copied = torch.tensor(array)
array[0] = 100.0
print(copied)
#> tensor([1., 2., 3.], dtype=torch.float64)
print(torch.tensor(array, dtype=torch.float32))
#> tensor([100.,   2.,   3.])
# --8<-- [end:copy]

# --8<-- [start:detach]
weights = torch.ones(2, requires_grad=True)
try:
    weights.numpy()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.

print(weights.detach().cpu().numpy())
#> [1. 1.]
print(weights.numpy(force=True))
#> [1. 1.]
# --8<-- [end:detach]
