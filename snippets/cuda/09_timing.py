# requires: cuda
import time

import torch
from torch.utils import benchmark

# --8<-- [start:events]
torch.manual_seed(0)
matrix = torch.randn(2000, 2000, device="cuda")

product = matrix @ matrix  # (1)!
start = torch.cuda.Event(enable_timing=True)
end = torch.cuda.Event(enable_timing=True)
start.record()
product = matrix @ matrix
end.record()
torch.cuda.synchronize()
print(f"{start.elapsed_time(end):.2f} ms")
#> ...
# --8<-- [end:events]

# --8<-- [start:perf-counter]
began = time.perf_counter()
product = matrix @ matrix
torch.cuda.synchronize()
print(f"{(time.perf_counter() - began) * 1000:.2f} ms")
#> ...
# --8<-- [end:perf-counter]

# --8<-- [start:benchmark]
timer = benchmark.Timer(stmt="matrix @ matrix", globals={"matrix": matrix})
print(timer.timeit(100))
#> ...
# --8<-- [end:benchmark]
