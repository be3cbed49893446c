import torch
from torch import nn

torch.manual_seed(0)
torch.save(nn.Linear(8, 10).state_dict(), "head.pth")

smaller_head = nn.Linear(8, 3)
try:
    smaller_head.load_state_dict(
        torch.load("head.pth", weights_only=True), strict=False
    )
except RuntimeError as err:
    for line in str(err).splitlines():
        print(line.strip())
        #> Error(s) in loading state_dict for Linear:
        #> size mismatch for weight: copying a param with shape torch.Size([10, 8]) from checkpoint, the shape in current model is torch.Size([3, 8]).
        #> size mismatch for bias: copying a param with shape torch.Size([10]) from checkpoint, the shape in current model is torch.Size([3]).
