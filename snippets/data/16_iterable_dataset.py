import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


# --8<-- [start:duplicates]
class Countdown(IterableDataset):
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return iter(range(self.start, 0, -1))


if __name__ == "__main__":
    torch.manual_seed(0)
    print([batch.tolist() for batch in DataLoader(Countdown(6), batch_size=2)])
    #> [[6, 5], [4, 3], [2, 1]]
    loader = DataLoader(Countdown(6), batch_size=2, num_workers=2)
    print([batch.tolist() for batch in loader])
    #> [[6, 5], [6, 5], [4, 3], [4, 3], [2, 1], [2, 1]]
# --8<-- [end:duplicates]


# --8<-- [start:sharded]
class ShardedCountdown(IterableDataset):
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        numbers = range(self.start, 0, -1)
        worker = get_worker_info()
        if worker is not None:
            numbers = numbers[worker.id :: worker.num_workers]
        return iter(numbers)


if __name__ == "__main__":
    torch.manual_seed(0)
    loader = DataLoader(ShardedCountdown(10), batch_size=2, num_workers=2)
    batches = [batch.tolist() for batch in loader]
    print(batches)
    #> [[10, 8], [9, 7], [6, 4], [5, 3], [2], [1]]
    numbers = sorted(number for batch in batches for number in batch)
    print(numbers == list(range(1, 11)))
    #> True
# --8<-- [end:sharded]
