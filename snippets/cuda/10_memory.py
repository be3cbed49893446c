# requires: cuda
import torch

zeros = torch.zeros(1024, 1024, device="cuda")
print(torch.cuda.memory_allocated() / 2**20, "MiB allocated")
#> 4.0 MiB allocated
print(torch.cuda.memory_reserved() / 2**20, "MiB reserved")
#> 20.0 MiB reserved
del zeros
torch.cuda.empty_cache()
print(torch.cuda.memory_allocated(), torch.cuda.memory_reserved())
#> 0 0
print(torch.cuda.max_memory_allocated() / 2**20, "MiB at the peak")
#> 4.0 MiB at the peak
free, total = torch.cuda.mem_get_info()
print(f"{free / 2**30:.1f} GiB free of {total / 2**30:.1f} GiB")
#> ...
print(torch.cuda.memory_summary(abbreviated=True))
#> |===========================================================================|
#> |                  PyTorch CUDA memory summary, device ID 0                 |
#> |---------------------------------------------------------------------------|
#> |            CUDA OOMs: 0            |        cudaMalloc retries: 0         |
#> |===========================================================================|
#> |        Metric         | Cur Usage  | Peak Usage | Tot Alloc  | Tot Freed  |
#> |---------------------------------------------------------------------------|
#> | Allocated memory      |      0 B   |   4096 KiB |   4096 KiB |   4096 KiB |
#> |---------------------------------------------------------------------------|
#> | Active memory         |      0 B   |   4096 KiB |   4096 KiB |   4096 KiB |
#> |---------------------------------------------------------------------------|
#> | Requested memory      |      0 B   |   4096 KiB |   4096 KiB |   4096 KiB |
#> |---------------------------------------------------------------------------|
#> | GPU reserved memory   |      0 B   |  20480 KiB |  20480 KiB |  20480 KiB |
#> |---------------------------------------------------------------------------|
#> | Non-releasable memory |      0 B   |  16384 KiB |  16384 KiB |  16384 KiB |
#> |---------------------------------------------------------------------------|
#> | Allocations           |       0    |       1    |       1    |       1    |
#> |---------------------------------------------------------------------------|
#> | Active allocs         |       0    |       1    |       1    |       1    |
#> |---------------------------------------------------------------------------|
#> | GPU reserved segments |       0    |       1    |       1    |       1    |
#> |---------------------------------------------------------------------------|
#> | Non-releasable allocs |       0    |       1    |       1    |       1    |
#> |---------------------------------------------------------------------------|
#> | Oversize allocations  |       0    |       0    |       0    |       0    |
#> |---------------------------------------------------------------------------|
#> | Oversize GPU segments |       0    |       0    |       0    |       0    |
#> |===========================================================================|
