import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=4, batch_first=True)
sequences = [torch.randn(2, 3), torch.randn(4, 3), torch.randn(3, 3)]
lengths = torch.tensor([2, 4, 3])
padded = pad_sequence(sequences, batch_first=True)

# --8<-- [start:pack]
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(padded.shape, packed.data.shape)
#> torch.Size([3, 4, 3]) torch.Size([9, 3])
print(packed.batch_sizes)
#> tensor([3, 3, 2, 1])
output, h_n = gru(packed)
print(type(output).__name__, h_n.shape)
#> PackedSequence torch.Size([1, 3, 4])
# --8<-- [end:pack]

# --8<-- [start:unpack]
unpacked, unpacked_lengths = pad_packed_sequence(output, batch_first=True)
print(unpacked.shape, unpacked_lengths)
#> torch.Size([3, 4, 4]) tensor([2, 4, 3])
print(unpacked[0, 2:])
#> tensor([[0., 0., 0., 0.],
#>         [0., 0., 0., 0.]], grad_fn=<SliceBackward0>)
# --8<-- [end:unpack]

# --8<-- [start:last]
last = unpacked[torch.arange(3), lengths - 1]
print(torch.allclose(last, h_n[-1]))
#> True
print(torch.allclose(unpacked[:, -1], h_n[-1]))
#> False
# --8<-- [end:last]

# --8<-- [start:sorted]
try:
    pack_padded_sequence(padded, lengths, batch_first=True)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: `lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to sidestep this requirement if you do not need ONNX exportability.
# --8<-- [end:sorted]
