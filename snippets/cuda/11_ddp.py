import socket

import torch
import torch._dynamo  # (1)!
import torch.distributed as dist
import torch.multiprocessing as mp
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def train(rank, world_size, port, final_weights):
    dist.init_process_group(
        "gloo",
        init_method=f"tcp://127.0.0.1:{port}",
        rank=rank,
        world_size=world_size,
    )
    torch.manual_seed(rank)
    model = DistributedDataParallel(nn.Linear(2, 1))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    inputs = torch.arange(16.0).reshape(8, 2) / 16
    dataset = TensorDataset(inputs, inputs.sum(dim=1, keepdim=True))
    sampler = DistributedSampler(dataset, num_replicas=world_size, rank=rank)
    loader = DataLoader(dataset, batch_size=2, sampler=sampler)
    for epoch in range(2):
        sampler.set_epoch(epoch)
        for x, y in loader:
            optimizer.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()
    weights = [param.detach().flatten() for param in model.module.parameters()]
    final_weights[rank] = torch.cat(weights)
    dist.destroy_process_group()


if __name__ == "__main__":
    world_size = 2
    final_weights = torch.zeros(world_size, 3).share_memory_()
    mp.start_processes(
        train,
        args=(world_size, free_port(), final_weights),
        nprocs=world_size,
        start_method="fork",
    )
    print(torch.equal(final_weights[0], final_weights[1]))
    #> True
    print(final_weights[0].round(decimals=4))
    #> tensor([0.3696, 0.7956, 0.0797])
