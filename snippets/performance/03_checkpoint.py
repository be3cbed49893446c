import warnings

import torch
from torch import nn
from torch.utils.checkpoint import checkpoint, checkpoint_sequential

torch.manual_seed(0)
block = nn.Sequential(nn.Linear(8, 32), nn.GELU(), nn.Linear(32, 8))
inputs = torch.randn(4, 8, requires_grad=True)

# --8<-- [start:checkpoint]
outputs = checkpoint(block, inputs, use_reentrant=False)
outputs.sum().backward()
checkpointed_grad = inputs.grad.clone()

inputs.grad = None
block(inputs).sum().backward()
print(torch.allclose(checkpointed_grad, inputs.grad))
#> True
print(outputs.grad_fn.name())
#> AddmmBackward0
# --8<-- [end:checkpoint]

# --8<-- [start:sequential]
torch.manual_seed(0)
deep = nn.Sequential(*[nn.Linear(8, 8) for _ in range(6)])
outputs = checkpoint_sequential(deep, 3, inputs, use_reentrant=False)
print(torch.allclose(outputs, deep(inputs)))
#> True
# --8<-- [end:sequential]

# --8<-- [start:use-reentrant]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    checkpoint(block, inputs)
print(str(caught[0].message)[:77])
#> torch.utils.checkpoint: the use_reentrant parameter should be passed explicit
# --8<-- [end:use-reentrant]
