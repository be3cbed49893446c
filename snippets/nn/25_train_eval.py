import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(p=0.5))
x = torch.randn(3, 4)
print(model.training, model[2].training)
#> True True
model.eval()
print(model.training, model[2].training)
#> False False
out = model(x)
print(out.requires_grad, out.grad_fn is not None)
#> True True
with torch.no_grad():
    print(model(x).requires_grad)
    #> False
with torch.inference_mode():
    print(model(x).requires_grad)
    #> False
model.train()
print(model.training, model[1].training)
#> True True
