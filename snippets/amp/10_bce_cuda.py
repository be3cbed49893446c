# requires: cuda
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 1).cuda()
inputs = torch.randn(4, 8, device="cuda")
targets = torch.tensor([[1.0], [0.0], [1.0], [1.0]], device="cuda")

with torch.autocast("cuda", dtype=torch.float16):
    probabilities = torch.sigmoid(model(inputs))
    try:
        nn.BCELoss()(probabilities, targets)
    except RuntimeError as err:
        print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
        #> ...
    loss = nn.BCEWithLogitsLoss()(model(inputs), targets)
print(loss.dtype)
#> ...
