import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

sequences = [
    torch.tensor([1, 2, 3]),
    torch.tensor([4, 5]),
    torch.tensor([6]),
    torch.tensor([7, 8, 9, 10]),
]
dataset = list(zip(sequences, [0, 1, 0, 1], strict=True))

torch.manual_seed(0)

# --8<-- [start:error]
try:
    next(iter(DataLoader(dataset, batch_size=2)))
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> RuntimeError: stack expects each tensor to be equal size, but got [3] at entry 0 and [2] at entry 1
# --8<-- [end:error]


# --8<-- [start:pad]
def pad_collate(batch):
    sequences, labels = zip(*batch, strict=True)
    lengths = torch.tensor([len(sequence) for sequence in sequences])
    padded = pad_sequence(sequences, batch_first=True, padding_value=0)
    return padded, lengths, torch.tensor(labels)


loader = DataLoader(dataset, batch_size=2, collate_fn=pad_collate)
for padded, lengths, labels in loader:
    print(padded.tolist(), lengths.tolist(), labels.tolist())
    #> [[1, 2, 3], [4, 5, 0]] [3, 2] [0, 1]
    #> [[6, 0, 0, 0], [7, 8, 9, 10]] [1, 4] [0, 1]
# --8<-- [end:pad]
