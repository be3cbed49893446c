import copy

import torch
import torch.nn.functional as F
from functorch.compile import make_boxed_func
from torch import nn
from torch._dynamo.backends.common import aot_autograd

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
eager_model = copy.deepcopy(model)
inputs = torch.randn(16, 4)
targets = torch.randn(16, 1)

# --8<-- [start:model]
compiled = torch.compile(model, backend="eager")
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
eager_optimizer = torch.optim.SGD(eager_model.parameters(), lr=0.1)
for _ in range(3):
    optimizer.zero_grad()
    loss = F.mse_loss(compiled(inputs), targets)
    loss.backward()
    optimizer.step()

    eager_optimizer.zero_grad()
    eager_loss = F.mse_loss(eager_model(inputs), targets)
    eager_loss.backward()
    eager_optimizer.step()
    print(f"{loss.item():.4f} {eager_loss.item():.4f}")
    #> 1.1172 1.1172
    #> 1.0468 1.0468
    #> 1.0007 1.0007
print(torch.allclose(model[0].weight, eager_model[0].weight))
#> True
# --8<-- [end:model]

# --8<-- [start:loss]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


@torch.compile(backend="eager")
def compute_loss(batch, target):
    return F.mse_loss(model(batch), target)


for _ in range(3):
    optimizer.zero_grad()
    loss = compute_loss(inputs, targets)
    loss.backward()
    optimizer.step()
    print(f"{loss.item():.4f}")
    #> 1.1172
    #> 1.0468
    #> 1.0007
# --8<-- [end:loss]

# --8<-- [start:backward]
compiled_graphs = []


def forward_compiler(gm, example_inputs):
    compiled_graphs.append("forward")
    return make_boxed_func(gm.forward)


def backward_compiler(gm, example_inputs):
    compiled_graphs.append("backward")
    return make_boxed_func(gm.forward)


counting = aot_autograd(fw_compiler=forward_compiler, bw_compiler=backward_compiler)
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
loss = F.mse_loss(torch.compile(model, backend=counting)(inputs), targets)
print(compiled_graphs)
#> ['forward']
loss.backward()
print(compiled_graphs)
#> ['forward', 'backward']
# --8<-- [end:backward]
