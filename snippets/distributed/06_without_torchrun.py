import torch
import torch.distributed as dist


# --8<-- [start:no-group]
def is_main_process():
    return not dist.is_initialized() or dist.get_rank() == 0


print(dist.is_available(), dist.is_initialized(), is_main_process())
#> True False True
# --8<-- [end:no-group]

# --8<-- [start:one-process]
dist.init_process_group("gloo", store=dist.HashStore(), rank=0, world_size=1)
try:
    total = torch.tensor([3.0])
    dist.all_reduce(total)
    print(dist.get_world_size(), total)
    #> 1 tensor([3.])
finally:
    dist.destroy_process_group()
print(dist.is_initialized())
#> False
# --8<-- [end:one-process]
