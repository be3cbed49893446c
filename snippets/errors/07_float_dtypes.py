import numpy as np
import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:double-float]
features = np.zeros((2, 3))
layer = nn.Linear(3, 2)
try:
    layer(torch.from_numpy(features))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float
print(layer(torch.from_numpy(features).float()).dtype)
#> torch.float32
print(layer(torch.from_numpy(features.astype(np.float32))).dtype)
#> torch.float32
# --8<-- [end:double-float]

# --8<-- [start:conv-double]
images = torch.zeros(1, 1, 4, 4, dtype=torch.float64)
conv = nn.Conv2d(1, 2, kernel_size=3)
try:
    conv(images)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Input type (double) and bias type (float) should be the same
print(conv(images.float()).dtype)
#> torch.float32
# --8<-- [end:conv-double]

# --8<-- [start:rnn-double]
sequences = torch.zeros(2, 5, 3, dtype=torch.float64)
lstm = nn.LSTM(3, 4, batch_first=True)
try:
    lstm(sequences)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: RNN input dtype (torch.float64) does not match weight dtype (torch.float32). Convert input: input.to(torch.float32), or convert model: model.to(torch.float64)
output, _ = lstm(sequences.float())
print(output.dtype)
#> torch.float32
# --8<-- [end:rnn-double]

# --8<-- [start:half-cpu]
points = torch.zeros(4, 3, dtype=torch.float16)
try:
    torch.cdist(points, points)
except NotImplementedError as err:
    print(f"{type(err).__name__}: {err}")
    #> NotImplementedError: "cdist" not implemented for 'Half'
print(torch.cdist(points.float(), points.float()).shape)
#> torch.Size([4, 4])
# --8<-- [end:half-cpu]
