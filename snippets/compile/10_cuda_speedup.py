# requires: cuda
import torch
from torch import nn
from torch.utils import benchmark

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(1024, 4096), nn.GELU(), nn.Linear(4096, 1024), nn.LayerNorm(1024)
).cuda()
inputs = torch.randn(64, 1024, device="cuda")

compiled = torch.compile(model)
with torch.no_grad():
    print(torch.allclose(compiled(inputs), model(inputs), atol=1e-3))
    #> ...
    eager_time = benchmark.Timer("model(inputs)", globals=globals()).timeit(100).median
    compiled_time = (
        benchmark.Timer("compiled(inputs)", globals=globals()).timeit(100).median
    )
print(f"eager {eager_time * 1e6:.0f} us, compiled {compiled_time * 1e6:.0f} us")
#> ...
print(f"speed-up {eager_time / compiled_time:.2f}x")
#> ...
