import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:lstm-input-size]
from_conv1d = torch.zeros(2, 8, 5)
lstm = nn.LSTM(input_size=8, hidden_size=4, batch_first=True)
try:
    lstm(from_conv1d)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: input.size(-1) must be equal to input_size. Expected 8, got 5
output, _ = lstm(from_conv1d.transpose(1, 2))
print(output.shape)
#> torch.Size([2, 5, 4])
# --8<-- [end:lstm-input-size]

# --8<-- [start:lstm-hidden]
lstm = nn.LSTM(input_size=8, hidden_size=4, batch_first=True)
state = (torch.zeros(1, 3, 4), torch.zeros(1, 3, 4))
last_batch = torch.zeros(2, 5, 8)
try:
    lstm(last_batch, state)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected hidden[0] size (1, 2, 4), got [1, 3, 4]
batch_size = last_batch.shape[0]
state = (torch.zeros(1, batch_size, 4), torch.zeros(1, batch_size, 4))
output, state = lstm(last_batch, state)
print(output.shape)
#> torch.Size([2, 5, 4])
# --8<-- [end:lstm-hidden]


# --8<-- [start:lstm-tuple]
model = nn.Sequential(nn.LSTM(8, 4, batch_first=True), nn.Linear(4, 2))
sequences = torch.zeros(2, 5, 8)
try:
    model(sequences)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: linear(): argument 'input' (position 1) must be Tensor, not tuple


class LastStep(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 4, batch_first=True)
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        output, _ = self.lstm(x)
        return self.head(output[:, -1])


print(LastStep()(sequences).shape)
#> torch.Size([2, 2])
# --8<-- [end:lstm-tuple]
