import torch
from torch import nn
from torch.func import functional_call, grad

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(2, 3)

# --8<-- [start:call]
params = dict(model.named_parameters())
print(list(params))
#> ['weight', 'bias']
zeroed = {name: value * 0 for name, value in params.items()}
print(functional_call(model, zeroed, (x,)))
#> tensor([[0.],
#>         [0.]], grad_fn=<AddmmBackward0>)
print(torch.equal(functional_call(model, params, (x,)), model(x)))
#> True
print(model.bias)
#> Parameter containing:
#> tensor([-0.4249], requires_grad=True)
# --8<-- [end:call]

# --8<-- [start:partial]
only_bias = {"bias": torch.tensor([10.0])}
with_bias_10 = functional_call(model, only_bias, x)
print(torch.allclose(with_bias_10, x @ model.weight.T + 10))
#> True
# --8<-- [end:partial]


# --8<-- [start:grad-params]
def loss_fn(params, x, target):
    prediction = functional_call(model, params, (x,))
    return nn.functional.mse_loss(prediction, target)


detached = {name: value.detach() for name, value in model.named_parameters()}
target = torch.zeros(2, 1)
grads = grad(loss_fn)(detached, x, target)
print({name: tuple(value.shape) for name, value in grads.items()})
#> {'weight': (1, 3), 'bias': (1,)}
loss_fn(dict(model.named_parameters()), x, target).backward()
print(torch.allclose(grads["weight"], model.weight.grad))
#> True
# --8<-- [end:grad-params]
