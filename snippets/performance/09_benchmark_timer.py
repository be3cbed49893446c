import torch
from torch.utils import benchmark

torch.manual_seed(0)
a = torch.randn(64, 64)
b = torch.randn(64, 64)

# --8<-- [start:timer]
timer = benchmark.Timer(stmt="a @ b", globals={"a": a, "b": b})
measurement = timer.timeit(100)
print(measurement)
#> ...
print(measurement.number_per_run, measurement.median > 0)
#> 100 True
# --8<-- [end:timer]

# --8<-- [start:autorange]
measurement = timer.blocked_autorange(min_run_time=0.1)
print(f"{measurement.median * 1e6:.1f} us")
#> ...
# --8<-- [end:autorange]

# --8<-- [start:compare]
results = []
for size in (32, 64):
    x = torch.randn(size, size)
    for label, stmt in (("matmul", "x @ x"), ("add", "x + x")):
        results.append(
            benchmark.Timer(
                stmt=stmt,
                globals={"x": x},
                label="ops",
                sub_label=str(size),
                description=label,
            ).timeit(50)
        )
compare = benchmark.Compare(results)
print(compare)
#> ...
# --8<-- [end:compare]
