import numpy as np
import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:tensor-not-callable]
loss = nn.MSELoss()
try:
    for _ in range(2):
        loss = loss(torch.zeros(2), torch.ones(2))
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: 'Tensor' object is not callable
criterion = nn.MSELoss()
for _ in range(2):
    loss = criterion(torch.zeros(2), torch.ones(2))
print(loss)
#> tensor(1.)
# --8<-- [end:tensor-not-callable]

# --8<-- [start:size-not-callable]
images = torch.zeros(8, 3, 32, 32)
try:
    images.shape()
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: 'torch.Size' object is not callable
print(images.shape, images.size(), images.size(1))
#> torch.Size([8, 3, 32, 32]) torch.Size([8, 3, 32, 32]) 3
# --8<-- [end:size-not-callable]

# --8<-- [start:numpy-input]
features = np.zeros((2, 3), dtype=np.float32)
model = nn.Linear(3, 1)
try:
    model(features)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: linear(): argument 'input' (position 1) must be Tensor, not numpy.ndarray
print(model(torch.from_numpy(features)).shape)
#> torch.Size([2, 1])
# --8<-- [end:numpy-input]

# --8<-- [start:stack-lists]
rows = [[1.0, 2.0], [3.0, 4.0]]
try:
    torch.stack(rows)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: expected Tensor as element 0 in argument 0, but got list
print(torch.tensor(rows))
#> tensor([[1., 2.],
#>         [3., 4.]])
# --8<-- [end:stack-lists]
