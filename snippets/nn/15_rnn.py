import torch
from torch import nn

torch.manual_seed(0)
rnn = nn.RNN(input_size=10, hidden_size=16, num_layers=2, batch_first=True)
x = torch.randn(4, 7, 10)
output, h_n = rnn(x)
print(output.shape)
#> torch.Size([4, 7, 16])
print(h_n.shape)
#> torch.Size([2, 4, 16])
print(torch.equal(output[:, -1], h_n[-1]))
#> True
