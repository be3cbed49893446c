import torch

batch = torch.zeros(2, 3, 4)
print(batch.shape)
#> torch.Size([2, 3, 4])
print(batch.size())
#> torch.Size([2, 3, 4])
print(batch.shape[1], batch.size(1), batch.size(-1))
#> 3 3 4
print(batch.ndim)
#> 3
print(batch.numel())
#> 24
print(len(batch))
#> 2
