import torch
from torch import nn


class Normalize(nn.Module):
    def __init__(self, mean, std):
        super().__init__()
        self.register_buffer("mean", torch.tensor(mean))
        self.register_buffer("std", torch.tensor(std))
        self.register_buffer("cache", torch.zeros(1), persistent=False)
        self.plain = torch.tensor(mean)

    def forward(self, x):
        return (x - self.mean) / self.std


norm = Normalize([0.5], [0.25])
print(list(norm.parameters()), list(norm.state_dict()))
#> [] ['mean', 'std']
print([name for name, _ in norm.named_buffers()])
#> ['mean', 'std', 'cache']
norm.to(torch.float64)
print(norm.mean.dtype, norm.cache.dtype, norm.plain.dtype)
#> torch.float64 torch.float64 torch.float32
print(norm(torch.tensor([1.0], dtype=torch.float64)))
#> tensor([2.], dtype=torch.float64)
