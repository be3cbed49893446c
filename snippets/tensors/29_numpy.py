import numpy as np
import torch

# --8<-- [start:from-numpy]
array = np.array([1.0, 2.0, 3.0])
tensor = torch.from_numpy(array)
array[0] = 100.0
print(tensor)
#> tensor([100.,   2.,   3.], dtype=torch.float64)
print(tensor.dtype)
#> torch.float64
# --8<-- [end:from-numpy]

# --8<-- [start:to-numpy]
weights = torch.zeros(3)
weights_np = weights.numpy()
weights.add_(5)
print(weights_np)
#> [5. 5. 5.]
# --8<-- [end:to-numpy]
