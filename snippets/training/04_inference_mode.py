import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(p=0.5), nn.Linear(8, 2))
inputs = torch.ones(1, 4)

# --8<-- [start:inference-mode]
model.eval()
print(model(inputs).requires_grad)
#> True
with torch.inference_mode():
    outputs = model(inputs)
print(outputs.requires_grad, outputs.is_inference())
#> False True
model.train()
# --8<-- [end:inference-mode]


# --8<-- [start:decorator]
@torch.inference_mode()
def predict(model, inputs):
    model.eval()
    return model(inputs).argmax(dim=1)


print(predict(model, inputs), model.training)
#> tensor([0]) False
# --8<-- [end:decorator]
