# launch: torchrun --nproc-per-node=2
import os

import torch
import torch.distributed as dist
import torch.nn.functional as F
from torch import nn
from torch.nn.parallel import DistributedDataParallel as DDP
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def main():
    local_rank = int(os.environ["LOCAL_RANK"])  # (1)!
    bind = {}
    if torch.accelerator.device_count() >= int(os.environ["LOCAL_WORLD_SIZE"]):
        accelerator = torch.accelerator.current_accelerator()
        device = torch.device(accelerator.type, local_rank)
        torch.accelerator.set_device_index(local_rank)
        bind = {"device_id": device}
    else:
        device = torch.device("cpu")
    backend = dist.get_default_backend_for_device(device)
    dist.init_process_group(backend, **bind)  # (2)!
    try:
        rank = dist.get_rank()
        torch.manual_seed(0)
        inputs = torch.randn(64, 4)
        dataset = TensorDataset(inputs, inputs.sum(dim=1, keepdim=True))
        sampler = DistributedSampler(dataset)  # (3)!
        loader = DataLoader(dataset, batch_size=8, sampler=sampler)

        torch.manual_seed(rank)
        model = nn.Linear(4, 1).to(device)
        model = DDP(model)  # (4)!
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        for epoch in range(3):
            sampler.set_epoch(epoch)
            for x, y in loader:
                x, y = x.to(device), y.to(device)
                optimizer.zero_grad()
                loss = F.mse_loss(model(x), y)
                loss.backward()
                optimizer.step()
            if rank == 0:
                print(epoch, round(loss.item(), 3))
                #> 0 1.036
                #> 1 0.509
                #> 2 0.057

        weights = torch.cat([param.detach().flatten() for param in model.parameters()])
        gathered = [torch.zeros_like(weights) for _ in range(dist.get_world_size())]
        dist.all_gather(gathered, weights)
        if rank == 0:
            print(all(torch.equal(gathered[0], other) for other in gathered))
            #> True
            torch.save(model.module.state_dict(), "model.pth")  # (5)!
            print(list(torch.load("model.pth", weights_only=True)))
            #> ['weight', 'bias']
    finally:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
