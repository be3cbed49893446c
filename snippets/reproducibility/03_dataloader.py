import random

import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class NoisyDataset(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        worker = torch.utils.data.get_worker_info()
        noise = round(float(np.random.rand()), 4)
        return index, worker.id if worker else -1, noise


# --8<-- [start:shuffle]
def epoch_order(seed):
    generator = torch.Generator().manual_seed(seed)
    loader = DataLoader(range(8), batch_size=4, shuffle=True, generator=generator)
    return [batch.tolist() for batch in loader]


print(epoch_order(0))
#> [[5, 3, 1, 7], [2, 6, 4, 0]]
print(epoch_order(0) == epoch_order(0))
#> True
# --8<-- [end:shuffle]


# --8<-- [start:workers]
def seed_worker(worker_id):
    worker_seed = torch.initial_seed() % 2**32
    np.random.seed(worker_seed)
    random.seed(worker_seed)


def load_all(seed):
    loader = DataLoader(
        NoisyDataset(),
        batch_size=None,
        shuffle=True,
        num_workers=2,
        worker_init_fn=seed_worker,
        generator=torch.Generator().manual_seed(seed),
    )
    return list(loader)


first = load_all(0)
for sample in first:
    print(sample)
    #> [1, 0, 0.632]
    #> [0, 1, 0.2449]
    #> [3, 0, 0.3242]
    #> [2, 1, 0.1882]
print(first == load_all(0))
#> True
# --8<-- [end:workers]
