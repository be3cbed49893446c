# requires: cuda
import torch

on_cpu = torch.arange(3.0)
on_gpu = on_cpu.cuda()
print(on_gpu)
#> ...
print(on_gpu.cpu())
#> ...
ones_on_gpu = torch.ones(3, device="cuda")
print(ones_on_gpu.is_cuda, ones_on_gpu.device)
#> ...

try:
    on_cpu + ones_on_gpu
except RuntimeError as err:
    print(str(err).splitlines()[0])
#> ...

try:
    ones_on_gpu.numpy()
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
#> ...
print(ones_on_gpu.sum().item(), ones_on_gpu.cpu().numpy())
#> ...
