# requires: cuda
import torch

# --8<-- [start:info]
print(torch.cuda.current_device())
#> 0
print(torch.cuda.get_device_name(0))
#> ...
props = torch.cuda.get_device_properties(0)
print(props.name, f"{props.total_memory / 2**30:.1f} GiB", props.multi_processor_count)
#> ...
print(torch.cuda.get_device_capability(0))
#> ...
# --8<-- [end:info]

# --8<-- [start:select]
with torch.cuda.device(0):
    on_first_gpu = torch.ones(2, device="cuda")
print(on_first_gpu.device)
#> cuda:0
# --8<-- [end:select]
