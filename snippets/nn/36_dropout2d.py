import warnings

import torch
from torch import nn

# --8<-- [start:dropout2d]
torch.manual_seed(0)
dropout = nn.Dropout2d(p=0.5)
images = torch.ones(2, 4, 3, 3)
out = dropout(images)
print(out[0, :, 0])
#> tensor([[0., 0., 0.],
#>         [0., 0., 0.],
#>         [2., 2., 2.],
#>         [0., 0., 0.]])
print(out.amax(dim=(2, 3)))
#> tensor([[0., 0., 2., 0.],
#>         [0., 0., 2., 2.]])
print(torch.equal(out.amin(dim=(2, 3)), out.amax(dim=(2, 3))))
#> True
print(torch.equal(dropout.eval()(images), images))
#> True
# --8<-- [end:dropout2d]

# --8<-- [start:dropout1d]
torch.manual_seed(0)
sequences = torch.ones(2, 4, 5)
print(nn.Dropout1d(p=0.5)(sequences)[0])
#> tensor([[0., 0., 0., 0., 0.],
#>         [0., 0., 0., 0., 0.],
#>         [2., 2., 2., 2., 2.],
#>         [0., 0., 0., 0., 0.]])
# --8<-- [end:dropout1d]

# --8<-- [start:input-3d]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.Dropout2d(p=0.5)(sequences)
print(caught[0].message)
#> dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret the input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d instead.
# --8<-- [end:input-3d]
