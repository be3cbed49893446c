import copy

import torch
from torch import nn
from torch.func import functional_call, stack_module_state, vmap

torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)) for _ in range(3)]
x = torch.randn(5, 4)

# --8<-- [start:stack]
params, buffers = stack_module_state(models)
for name, value in params.items():
    print(name, tuple(value.shape), value.requires_grad, value.is_leaf)
    #> 0.weight (3, 8, 4) True True
    #> 0.bias (3, 8) True True
    #> 2.weight (3, 2, 8) True True
    #> 2.bias (3, 2) True True
# --8<-- [end:stack]

# --8<-- [start:same-data]
base = copy.deepcopy(models[0]).to("meta")


def call_one(params, buffers, x):
    return functional_call(base, (params, buffers), (x,))


ensemble_out = vmap(call_one, in_dims=(0, 0, None))(params, buffers, x)
print(ensemble_out.shape)
#> torch.Size([3, 5, 2])
looped = torch.stack([model(x) for model in models])
print(torch.allclose(ensemble_out, looped, atol=1e-6))
#> True
# --8<-- [end:same-data]

# --8<-- [start:own-data]
torch.manual_seed(0)
minibatches = torch.randn(3, 5, 4)
own_out = vmap(call_one)(params, buffers, minibatches)
print(own_out.shape)
#> torch.Size([3, 5, 2])
print(torch.allclose(own_out[1], models[1](minibatches[1]), atol=1e-6))
#> True
# --8<-- [end:own-data]

# --8<-- [start:train]
optimizer = torch.optim.SGD(params.values(), lr=0.1)
before = params["2.bias"].detach().clone()
loss = vmap(call_one)(params, buffers, minibatches).pow(2).mean()
loss.backward()
optimizer.step()
print(params["2.bias"].grad.shape)
#> torch.Size([3, 2])
print(torch.equal(params["2.bias"], before))
#> False
print(torch.equal(models[0][2].bias, before[0]))
#> True
# --8<-- [end:train]
