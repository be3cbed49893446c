from functools import partial

import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import BatchSampler, DataLoader, Sampler, SequentialSampler

# --8<-- [start:batch-sampler]
torch.manual_seed(0)
batches = BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)
print(list(batches))
#> [[0, 1, 2], [3, 4, 5], [6]]
loader = DataLoader(torch.arange(70, 77), batch_sampler=batches)
print([batch.tolist() for batch in loader])
#> [[70, 71, 72], [73, 74, 75], [76]]
try:
    DataLoader(torch.arange(70, 77), batch_sampler=batches, batch_size=3)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
#> ValueError: batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last
# --8<-- [end:batch-sampler]


# --8<-- [start:custom]
class SimilarLengthBatches(Sampler[list[int]]):
    def __init__(self, lengths, batch_size, generator=None):
        self.lengths = lengths
        self.batch_size = batch_size
        self.generator = generator

    def __iter__(self):
        by_length = sorted(range(len(self.lengths)), key=self.lengths.__getitem__)
        batches = [
            by_length[start : start + self.batch_size]
            for start in range(0, len(by_length), self.batch_size)
        ]
        order = torch.randperm(len(batches), generator=self.generator)
        for index in order.tolist():
            yield batches[index]

    def __len__(self):
        return (len(self.lengths) + self.batch_size - 1) // self.batch_size


torch.manual_seed(0)
sequences = [torch.ones(length) for length in [5, 2, 7, 3, 6, 2, 8, 3]]
sampler = SimilarLengthBatches([len(s) for s in sequences], batch_size=2)
pad = partial(pad_sequence, batch_first=True)
loader = DataLoader(sequences, batch_sampler=sampler, collate_fn=pad)
print(len(loader), [tuple(batch.shape) for batch in loader])
#> 4 [(2, 3), (2, 2), (2, 8), (2, 6)]
# --8<-- [end:custom]
