import torch
from torch.nn.utils.rnn import pad_sequence

sequences = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]

# --8<-- [start:pad]
padded = pad_sequence(sequences, batch_first=True)
print(padded)
#> tensor([[1, 2, 3],
#>         [4, 5, 0],
#>         [6, 0, 0]])
print(pad_sequence(sequences, batch_first=True, padding_value=-1, padding_side="left"))
#> tensor([[ 1,  2,  3],
#>         [-1,  4,  5],
#>         [-1, -1,  6]])
print(pad_sequence(sequences).shape)
#> torch.Size([3, 3])
# --8<-- [end:pad]

# --8<-- [start:mask]
lengths = torch.tensor([len(sequence) for sequence in sequences])
is_real = torch.arange(padded.size(1)) < lengths.unsqueeze(1)
print(lengths)
#> tensor([3, 2, 1])
print(is_real)
#> tensor([[ True,  True,  True],
#>         [ True,  True, False],
#>         [ True, False, False]])
# --8<-- [end:mask]
