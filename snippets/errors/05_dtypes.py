import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:target-long]
logits = torch.zeros(4, 3)
float_labels = torch.tensor([0.0, 2.0, 1.0, 0.0])
try:
    F.cross_entropy(logits, float_labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Float
print(F.cross_entropy(logits, float_labels.long()))
#> tensor(1.0986)
# --8<-- [end:target-long]

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

# --8<-- [start:cast-long]
counts = torch.arange(4)
try:
    counts += 0.5
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long
print(counts.float() + 0.5)
#> tensor([0.5000, 1.5000, 2.5000, 3.5000])
# --8<-- [end:cast-long]

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

# --8<-- [start:one-hot-target]
logits = torch.zeros(4, 3)
one_hot = F.one_hot(torch.tensor([0, 2, 1, 0]), num_classes=3)
try:
    F.cross_entropy(logits, one_hot)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected floating point type for target with class probabilities, got Long
print(F.cross_entropy(logits, one_hot.argmax(dim=1)))
#> tensor(1.0986)
print(F.cross_entropy(logits, one_hot.float()))
#> tensor(1.0986)
# --8<-- [end:one-hot-target]
