import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
x = torch.randn(4, 3)

# --8<-- [start:change-input]
mean, std = x.mean(dim=0), x.std(dim=0)


def standardize(module, args):
    (inputs,) = args
    return ((inputs - mean) / std,)


reference = model((x - mean) / std)
handle = model.register_forward_pre_hook(standardize)
print(torch.equal(model(x), reference))
#> True
handle.remove()
print(torch.equal(model(x), reference))
#> False
# --8<-- [end:change-input]


# --8<-- [start:check-input]
def check_features(module, args):
    if args[0].shape[-1] != module.in_features:
        raise ValueError(f"expected {module.in_features} features, got {args[0].shape}")


model[0].register_forward_pre_hook(check_features)
try:
    model(torch.zeros(4, 5))
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: expected 3 features, got torch.Size([4, 5])
# --8<-- [end:check-input]
