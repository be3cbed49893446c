import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(p=0.5), nn.Linear(8, 2))
inputs = torch.ones(1, 4)

# --8<-- [start:modes]
model.train()
print(model.training, model[1].training)
#> True True
print(torch.equal(model(inputs), model(inputs)))
#> False

model.eval()
print(model.training, model[1].training)
#> False False
print(torch.equal(model(inputs), model(inputs)))
#> True
# --8<-- [end:modes]

# --8<-- [start:no-grad]
with torch.no_grad():
    outputs = model(inputs)
print(outputs.requires_grad, model(inputs).requires_grad)
#> False True
model.train()
# --8<-- [end:no-grad]


# --8<-- [start:decorator]
@torch.no_grad()
def predict(model, inputs):
    model.eval()
    return model(inputs).argmax(dim=1)


print(predict(model, inputs), model.training)
#> tensor([0]) False
# --8<-- [end:decorator]
