import torch
from torch.utils.data import DataLoader, IterableDataset


class Countdown(IterableDataset):
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return iter(range(self.start, 0, -1))


torch.manual_seed(0)
loader = DataLoader(Countdown(10), batch_size=4)
print([batch.tolist() for batch in loader])
#> [[10, 9, 8, 7], [6, 5, 4, 3], [2, 1]]
