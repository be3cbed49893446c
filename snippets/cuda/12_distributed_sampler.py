from torch.utils.data import DistributedSampler

dataset = list(range(9))
for rank in range(2):
    sampler = DistributedSampler(dataset, num_replicas=2, rank=rank, shuffle=False)
    print(rank, list(sampler))
    #> 0 [0, 2, 4, 6, 8]
    #> 1 [1, 3, 5, 7, 0]

sampler = DistributedSampler(dataset, num_replicas=2, rank=0, seed=0)
for epoch in range(2):
    sampler.set_epoch(epoch)
    print(epoch, list(sampler))
    #> 0 [8, 2, 7, 4, 6]
    #> 1 [4, 6, 7, 8, 1]
