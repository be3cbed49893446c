import torch

cpu = torch.device("cpu")
gpu = torch.device("cuda")
first_gpu = torch.device("cuda:0")
print(cpu, gpu, first_gpu)
#> cpu cuda cuda:0
print(repr(gpu))
#> device(type='cuda')
print(gpu == first_gpu, first_gpu == torch.device("cuda", 0))
#> False True
print(gpu.type, gpu.index, first_gpu.type, first_gpu.index)
#> cuda None cuda 0
