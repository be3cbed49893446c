import torch
from torch import optim

target = torch.tensor([3.0, -1.0])


def descend(optimizer_class, steps=3, **settings):
    weight = torch.zeros(2, requires_grad=True)
    optimizer = optimizer_class([weight], **settings)
    path = []
    for _step in range(steps):
        optimizer.zero_grad()
        loss = ((weight - target) ** 2).sum()
        loss.backward()
        optimizer.step()
        path.append(weight.detach().clone())
    return torch.stack(path)


# --8<-- [start:rmsprop-adagrad]
print(descend(optim.RMSprop, lr=0.01))
#> tensor([[ 0.1000, -0.1000],
#>         [ 0.1697, -0.1671],
#>         [ 0.2261, -0.2200]])
print(descend(optim.Adagrad, lr=0.5))
#> tensor([[ 0.5000, -0.5000],
#>         [ 0.8201, -0.7236],
#>         [ 1.0638, -0.8436]])
print(optim.RMSprop([target]).defaults["lr"], optim.Adagrad([target]).defaults["lr"])
#> 0.01 0.01
# --8<-- [end:rmsprop-adagrad]
