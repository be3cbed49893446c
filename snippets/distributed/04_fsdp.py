# launch: torchrun --nproc-per-node=2
import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard

dist.init_process_group("gloo")
rank = dist.get_rank()
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

# --8<-- [start:shard]
for layer in model:
    if isinstance(layer, nn.Linear):
        fully_shard(layer)
fully_shard(model)
weight = model[0].weight
if rank == 0:
    print(type(model).__name__, type(weight).__name__, weight.placements)
    #> FSDPSequential DTensor (Shard(dim=0),)
    print(weight.shape, weight.to_local().shape)
    #> torch.Size([8, 4]) torch.Size([4, 4])
# --8<-- [end:shard]

# --8<-- [start:train]
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
torch.manual_seed(rank)
loss = model(torch.randn(3, 4)).pow(2).mean()
loss.backward()
optimizer.step()
full_weight = weight.full_tensor()
if rank == 0:
    print(full_weight.shape, type(full_weight).__name__)
    #> torch.Size([8, 4]) Tensor
# --8<-- [end:train]

# --8<-- [start:options]
mesh = init_device_mesh("cpu", (dist.get_world_size(),), mesh_dim_names=("shard",))
policy = MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32)
torch.manual_seed(0)
mixed = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for layer in mixed:
    if isinstance(layer, nn.Linear):
        fully_shard(layer, mesh=mesh, mp_policy=policy)
fully_shard(mixed, mesh=mesh, mp_policy=policy, reshard_after_forward=False)
output = mixed(torch.randn(3, 4))
output.float().sum().backward()
weight = mixed[0].weight
if rank == 0:
    print(mesh)
    #> DeviceMesh((shard=2), 'cpu', stride=(1,))
    print(output.dtype, weight.dtype, weight.grad.dtype)
    #> torch.bfloat16 torch.float32 torch.float32
# --8<-- [end:options]

dist.destroy_process_group()
