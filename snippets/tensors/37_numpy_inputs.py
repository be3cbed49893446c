import numpy as np
import torch
from torch import nn

rng = np.random.default_rng(0)
features = rng.normal(size=(4, 3))
labels = np.array([0, 2, 1, 2], dtype=np.int32)

# --8<-- [start:dtype]
torch.manual_seed(0)
model = nn.Linear(3, 2)
print(features.dtype, torch.from_numpy(features).dtype)
#> float64 torch.float64
try:
    model(torch.from_numpy(features))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
inputs = torch.from_numpy(features).float()
print(inputs.dtype, model(inputs).shape)
#> torch.float32 torch.Size([4, 2])
# --8<-- [end:dtype]

# --8<-- [start:as-tensor]
shared = torch.as_tensor(features)
converted = torch.as_tensor(features, dtype=torch.float32)
features[0, 0] = 100.0
print(f"{shared[0, 0]:.4f} {converted[0, 0]:.4f}")
#> 100.0000 0.1257
# --8<-- [end:as-tensor]

# --8<-- [start:labels]
targets = torch.from_numpy(labels)
print(targets.dtype)
#> torch.int32
try:
    nn.functional.cross_entropy(torch.zeros(4, 3), targets)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Int
    #> [torch<2.12]
    #> RuntimeError: expected scalar type Long but found Int
print(nn.functional.cross_entropy(torch.zeros(4, 3), targets.long()))
#> tensor(1.0986)
# --8<-- [end:labels]
