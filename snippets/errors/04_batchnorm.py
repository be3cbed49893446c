import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:batchnorm-features]
feature_maps = torch.zeros(2, 3, 4, 4)
norm = nn.BatchNorm2d(16)
try:
    norm(feature_maps)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: running_mean should contain 3 elements not 16
print(nn.BatchNorm2d(3)(feature_maps).shape)
#> torch.Size([2, 3, 4, 4])
# --8<-- [end:batchnorm-features]

# --8<-- [start:batchnorm-one]
one_sample = torch.ones(1, 16)
norm = nn.BatchNorm1d(16)
try:
    norm(one_sample)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: Expected more than 1 value per channel when training, got input size torch.Size([1, 16])
norm.eval()
print(norm(one_sample).shape)
#> torch.Size([1, 16])
# --8<-- [end:batchnorm-one]
