import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(3, 7, 10)

# --8<-- [start:lstm]
torch.manual_seed(0)
lstm = nn.LSTM(input_size=10, hidden_size=16, num_layers=2, batch_first=True)
output, (h_n, c_n) = lstm(x)
print(output.shape)
#> torch.Size([3, 7, 16])
print(h_n.shape, c_n.shape)
#> torch.Size([2, 3, 16]) torch.Size([2, 3, 16])
print(torch.equal(output[:, -1], h_n[-1]))
#> True
# --8<-- [end:lstm]

# --8<-- [start:state]
first_output, state = lstm(x[:, :4])
rest_output, (h_last, c_last) = lstm(x[:, 4:], state)
print(torch.allclose(torch.cat([first_output, rest_output], dim=1), output, atol=1e-6))
#> True
print(torch.allclose(h_last, h_n, atol=1e-6))
#> True
zeros = torch.zeros(2, 3, 16)
print(torch.allclose(lstm(x, (zeros, zeros))[0], output))
#> True
# --8<-- [end:state]

# --8<-- [start:bidirectional]
torch.manual_seed(0)
bilstm = nn.LSTM(10, 16, num_layers=2, batch_first=True, bidirectional=True)
output, (h_n, c_n) = bilstm(x)
print(output.shape, h_n.shape)
#> torch.Size([3, 7, 32]) torch.Size([4, 3, 16])
forward_last, backward_last = h_n[-2], h_n[-1]
print(torch.equal(output[:, -1, :16], forward_last))
#> True
print(torch.equal(output[:, 0, 16:], backward_last))
#> True
# --8<-- [end:bidirectional]

# --8<-- [start:gru]
torch.manual_seed(0)
gru = nn.GRU(10, 16, num_layers=2, batch_first=True)
output, h_n = gru(x)
print(output.shape, h_n.shape)
#> torch.Size([3, 7, 16]) torch.Size([2, 3, 16])
print(type(h_n).__name__)
#> Tensor
# --8<-- [end:gru]
