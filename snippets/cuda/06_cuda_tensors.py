# requires: cuda
import torch

on_cpu = torch.arange(3.0)
on_gpu = on_cpu.cuda()
print(on_gpu)
#> tensor([0., 1., 2.], device='cuda:0')
print(on_gpu.cpu())
#> tensor([0., 1., 2.])
ones_on_gpu = torch.ones(3, device="cuda")
print(ones_on_gpu.is_cuda, ones_on_gpu.device)
#> True cuda:0

try:
    on_cpu + ones_on_gpu
except RuntimeError as err:
    print(str(err).splitlines()[0])
    #> Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!

try:
    ones_on_gpu.numpy()
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: can't convert cuda:0 device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.
print(ones_on_gpu.sum().item(), ones_on_gpu.cpu().numpy())
#> 3.0 [1. 1. 1.]
