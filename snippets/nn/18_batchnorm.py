import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm2d(num_features=3)
print([name for name, _ in bn.named_buffers()])
#> ['running_mean', 'running_var', 'num_batches_tracked']
x = torch.randn(8, 3, 4, 4) * 5 + 2
out = bn(x)
print(torch.allclose(out.mean(dim=(0, 2, 3)), torch.zeros(3), atol=1e-5))
#> True
print(bn.running_mean, bn.num_batches_tracked)
#> tensor([0.2206, 0.2423, 0.1998]) tensor(1)
bn.eval()
out = bn(x)
print(torch.allclose(out.mean(dim=(0, 2, 3)), torch.zeros(3), atol=1e-5))
#> False
