# launch: torchrun --nproc-per-node=2
import os

import torch
import torch.distributed as dist
import torch.distributed.checkpoint as dcp
from torch import nn
from torch.distributed.checkpoint.state_dict import get_state_dict, set_state_dict
from torch.distributed.fsdp import fully_shard

dist.init_process_group("gloo")
rank = dist.get_rank()


def make_model():
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    fully_shard(model)
    return model, torch.optim.Adam(model.parameters(), lr=0.01)


torch.manual_seed(0)
model, optimizer = make_model()
model(torch.randn(3, 4)).sum().backward()
optimizer.step()

# --8<-- [start:save]
checkpoint_dir = "checkpoint"
model_state, optimizer_state = get_state_dict(model, optimizer)
dcp.save({"model": model_state, "optim": optimizer_state}, checkpoint_id=checkpoint_dir)
if rank == 0:
    print(list(model_state))
    #> ['0.weight', '0.bias', '2.weight', '2.bias']
    print(sorted(os.listdir(checkpoint_dir)))
    #> ['.metadata', '__0_0.distcp', '__1_0.distcp']
# --8<-- [end:save]

# --8<-- [start:load]
torch.manual_seed(1)
resumed, resumed_optimizer = make_model()
model_state, optimizer_state = get_state_dict(resumed, resumed_optimizer)
state = {"model": model_state, "optim": optimizer_state}
dcp.load(state, checkpoint_id=checkpoint_dir)
set_state_dict(
    resumed,
    resumed_optimizer,
    model_state_dict=state["model"],
    optim_state_dict=state["optim"],
)
same = torch.equal(resumed[0].weight.full_tensor(), model[0].weight.full_tensor())
if rank == 0:
    print(same)
    #> True
# --8<-- [end:load]

dist.destroy_process_group()
