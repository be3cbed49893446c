import warnings

import numpy as np
import torch

torch.manual_seed(0)

# --8<-- [start:copy-construct]
weights = torch.ones(3, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = torch.tensor(weights)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).
copy = weights.detach().clone()
print(copy.requires_grad, copy.data_ptr() != weights.data_ptr())
#> False True
# --8<-- [end:copy-construct]

# --8<-- [start:list-of-arrays]
rows = [np.zeros(3, dtype=np.float32) for _ in range(4)]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_warn_always(True)
    torch.tensor(rows)
    torch.set_warn_always(False)
print(f"{caught[0].category.__name__}: {str(caught[0].message).split(' (')[0]}")
#> UserWarning: Creating a tensor from a list of numpy.ndarrays is extremely slow. Please consider converting the list to a single numpy.ndarray with numpy.array() before converting to a tensor.
print(torch.from_numpy(np.stack(rows)).shape)
#> torch.Size([4, 3])
# --8<-- [end:list-of-arrays]

# --8<-- [start:not-writable]
read_only = np.frombuffer(bytes(12), dtype=np.float32)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_warn_always(True)
    torch.from_numpy(read_only)
    torch.set_warn_always(False)
print(f"{caught[0].category.__name__}: {str(caught[0].message).split('. ')[0]}")
#> UserWarning: The given NumPy array is not writable, and PyTorch does not support non-writable tensors
print(torch.from_numpy(read_only.copy()))
#> tensor([0., 0., 0.])
# --8<-- [end:not-writable]
