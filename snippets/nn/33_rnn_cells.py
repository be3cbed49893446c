import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 7, 10)

# --8<-- [start:lstm-cell]
torch.manual_seed(0)
cell = nn.LSTMCell(input_size=10, hidden_size=16)
h = torch.zeros(3, 16)
c = torch.zeros(3, 16)
outputs = []
for t in range(x.shape[1]):
    h, c = cell(x[:, t], (h, c))
    outputs.append(h)
output = torch.stack(outputs, dim=1)
print(output.shape, h.shape, c.shape)
#> torch.Size([3, 7, 16]) torch.Size([3, 16]) torch.Size([3, 16])
# --8<-- [end:lstm-cell]

# --8<-- [start:same-as-lstm]
lstm = nn.LSTM(10, 16, batch_first=True)
print(list(lstm.state_dict()))
#> ['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']
lstm.load_state_dict({f"{name}_l0": p for name, p in cell.state_dict().items()})
lstm_output, (h_n, c_n) = lstm(x)
print(
    torch.allclose(lstm_output, output, atol=1e-6), torch.allclose(h_n[0], h, atol=1e-6)
)
#> True True
# --8<-- [end:same-as-lstm]

# --8<-- [start:gru-cell]
torch.manual_seed(0)
gru_cell = nn.GRUCell(10, 16)
h = torch.zeros(3, 16)
for t in range(x.shape[1]):
    h = gru_cell(x[:, t], h)
print(h.shape)
#> torch.Size([3, 16])
# --8<-- [end:gru-cell]
