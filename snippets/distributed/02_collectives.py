# launch: torchrun --nproc-per-node=2
import os

import torch
import torch.distributed as dist

dist.init_process_group("gloo")
rank, world_size = dist.get_rank(), dist.get_world_size()


def from_every_rank(tensor):
    parts = [torch.zeros_like(tensor) for _ in range(world_size)]
    dist.all_gather(parts, tensor)
    return [part.tolist() for part in parts]


# --8<-- [start:rank]
if rank == 0:
    print(rank, world_size, dist.get_backend())
    #> 0 2 gloo
launch_env = [None] * world_size
names = ["RANK", "LOCAL_RANK", "WORLD_SIZE", "LOCAL_WORLD_SIZE"]
dist.all_gather_object(launch_env, [os.environ[name] for name in names])
if rank == 0:
    print(launch_env)
    #> [['0', '0', '2', '2'], ['1', '1', '2', '2']]
# --8<-- [end:rank]

# --8<-- [start:all-reduce]
total = torch.tensor([rank + 1.0, 10.0])
dist.all_reduce(total)
average = torch.tensor([rank + 1.0])
dist.all_reduce(average, op=dist.ReduceOp.AVG)
if rank == 0:
    print(total, average)
    #> tensor([ 3., 20.]) tensor([1.5000])
# --8<-- [end:all-reduce]

# --8<-- [start:broadcast]
value = torch.tensor([rank + 5.0])
before = from_every_rank(value)
dist.broadcast(value, src=0)
after = from_every_rank(value)
if rank == 0:
    print(before, after)
    #> [[5.0], [6.0]] [[5.0], [5.0]]
# --8<-- [end:broadcast]

# --8<-- [start:all-gather]
mine = torch.full((2,), float(rank))
parts = [torch.zeros(2) for _ in range(world_size)]
dist.all_gather(parts, mine)
if rank == 0:
    print(parts)
    #> [tensor([0., 0.]), tensor([1., 1.])]
# --8<-- [end:all-gather]

# --8<-- [start:all-gather-object]
objects = [None] * world_size
dist.all_gather_object(objects, {"rank": rank, "name": f"worker-{rank}"})
if rank == 0:
    print(objects)
    #> [{'rank': 0, 'name': 'worker-0'}, {'rank': 1, 'name': 'worker-1'}]
# --8<-- [end:all-gather-object]

# --8<-- [start:reduce-scatter]
chunks = [torch.tensor([rank + 1.0]), torch.tensor([10.0 * (rank + 1)])]
mine = torch.zeros(1)
dist.reduce_scatter(mine, chunks)
gathered = from_every_rank(mine)
if rank == 0:
    print(gathered)
    #> [[3.0], [30.0]]
# --8<-- [end:reduce-scatter]

# --8<-- [start:barrier]
if rank == 0:
    torch.save(torch.arange(3), "shared.pt")
dist.barrier()
loaded = torch.load("shared.pt")
gathered = from_every_rank(loaded)
if rank == 0:
    print(gathered)
    #> [[0, 1, 2], [0, 1, 2]]
# --8<-- [end:barrier]

# --8<-- [start:send-recv]
if rank == 0:
    dist.send(torch.tensor([1.0, 2.0]), dst=1)
    reply = torch.zeros(1)
    dist.recv(reply, src=1)
    print(reply)
    #> tensor([3.])
elif rank == 1:
    received = torch.zeros(2)
    dist.recv(received, src=0)
    dist.send(received.sum(dim=0, keepdim=True), dst=0)
# --8<-- [end:send-recv]

dist.destroy_process_group()
