import torch
from torch import nn

# --8<-- [start:context]
torch.manual_seed(0)
model = nn.Linear(3, 1)
batch = torch.randn(2, 3)
with torch.no_grad():
    prediction = model(batch)
print(prediction.requires_grad, prediction.grad_fn)
#> False None
print(model(batch).requires_grad)
#> True
# --8<-- [end:context]


# --8<-- [start:decorator]
@torch.no_grad()
def predict(inputs):
    return model(inputs)


@torch.no_grad
def predict_bare(inputs):
    return model(inputs)


print(predict(batch).requires_grad, predict_bare(batch).requires_grad)
#> False False
print(torch.is_grad_enabled())
#> True
# --8<-- [end:decorator]
