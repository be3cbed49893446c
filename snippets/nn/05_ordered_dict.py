from collections import OrderedDict

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    OrderedDict(
        [
            ("hidden", nn.Linear(4, 8)),
            ("relu", nn.ReLU()),
            ("output", nn.Linear(8, 2)),
        ]
    )
)
print(model)
#> Sequential(
#>   (hidden): Linear(in_features=4, out_features=8, bias=True)
#>   (relu): ReLU()
#>   (output): Linear(in_features=8, out_features=2, bias=True)
#> )
print(model.hidden.weight.shape, model[0] is model.hidden)
#> torch.Size([8, 4]) True
