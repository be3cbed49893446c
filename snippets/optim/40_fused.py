import torch
from torch import nn, optim

torch.manual_seed(0)
inputs = torch.randn(8, 3)


def train(**implementation):
    torch.manual_seed(0)
    model = nn.Linear(3, 2)
    optimizer = optim.AdamW(model.parameters(), lr=0.1, **implementation)
    for _ in range(3):
        optimizer.zero_grad()
        model(inputs).pow(2).mean().backward()
        optimizer.step()
    return optimizer.defaults, model.weight.detach()


defaults, for_loop = train()
print(defaults["foreach"], defaults["fused"])
#> None None
print(torch.equal(train(foreach=True)[1], for_loop))
#> True
print(torch.allclose(train(fused=True)[1], for_loop))
#> True
