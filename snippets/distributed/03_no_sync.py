# launch: torchrun --nproc-per-node=2
import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP

dist.init_process_group("gloo")
rank, world_size = dist.get_rank(), dist.get_world_size()
torch.manual_seed(0)
model = DDP(nn.Linear(2, 1, bias=False))
micro_batches = [torch.full((1, 2), float(rank + step)) for step in range(3)]


def grads_of_every_rank():
    grad = model.module.weight.grad.flatten()
    parts = [torch.zeros_like(grad) for _ in range(world_size)]
    dist.all_gather(parts, grad)
    return [part.tolist() for part in parts]


# --8<-- [start:accumulate]
with model.no_sync():  # (1)!
    for inputs in micro_batches[:-1]:
        model(inputs).sum().backward()
inside = grads_of_every_rank()
model(micro_batches[-1]).sum().backward()  # (2)!
after = grads_of_every_rank()
if rank == 0:
    print(inside)
    #> [[1.0, 1.0], [3.0, 3.0]]
    print(after)
    #> [[4.5, 4.5], [4.5, 4.5]]
# --8<-- [end:accumulate]

dist.destroy_process_group()
