import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:no-grad-fn]
model = nn.Linear(3, 1)
inputs, targets = torch.ones(4, 3), torch.zeros(4, 1)
with torch.no_grad():
    loss = F.mse_loss(model(inputs), targets)
try:
    loss.backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
print(loss.requires_grad, loss.grad_fn)
#> False None
loss = F.mse_loss(model(inputs), targets)
loss.backward()
print(loss.grad_fn.name(), model.weight.grad.shape)
#> MseLossBackward0 torch.Size([1, 3])
# --8<-- [end:no-grad-fn]

# --8<-- [start:inplace-saved]
weights = torch.ones(4, requires_grad=True)
hidden = torch.sigmoid(weights)
hidden += 1
try:
    hidden.sum().backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(' Hint:')[0]}")
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead.
    #> [torch<2.12]
    #> RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4]], which is output 0 of SigmoidBackward0, is at version 1; expected version 0 instead.
hidden = torch.sigmoid(weights)
hidden = hidden + 1
hidden.sum().backward()
print(weights.grad)
#> tensor([0.1966, 0.1966, 0.1966, 0.1966])
# --8<-- [end:inplace-saved]

# --8<-- [start:backward-twice]
rnn = nn.RNN(2, 3, batch_first=True)
state = torch.zeros(1, 1, 3)
try:
    for _ in range(2):
        output, state = rnn(torch.ones(1, 4, 2), state)
        output.sum().backward()
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split(' (')[0]}")
    #> RuntimeError: Trying to backward through the graph a second time
state = torch.zeros(1, 1, 3)
for _ in range(2):
    output, state = rnn(torch.ones(1, 4, 2), state.detach())
    output.sum().backward()
print(state.shape)
#> torch.Size([1, 1, 3])
# --8<-- [end:backward-twice]

# --8<-- [start:numpy-requires-grad]
predictions = nn.Linear(3, 1)(torch.ones(2, 3))
try:
    predictions.numpy()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
print(predictions.detach().cpu().numpy().shape)
#> (2, 1)
# --8<-- [end:numpy-requires-grad]
