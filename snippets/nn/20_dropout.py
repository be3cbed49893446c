import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(8)
print(dropout.training, dropout(x))
#> True tensor([0., 0., 2., 0., 0., 0., 2., 2.])
dropout.eval()
print(dropout.training, dropout(x))
#> False tensor([1., 1., 1., 1., 1., 1., 1., 1.])
print(F.dropout(x, p=0.5))
#> tensor([0., 2., 2., 2., 2., 0., 2., 2.])
print(F.dropout(x, p=0.5, training=dropout.training))
#> tensor([1., 1., 1., 1., 1., 1., 1., 1.])
