import torch
from torch import nn


# --8<-- [start:graph-break]
class Rescale(nn.Module):
    def forward(self, x):
        if x.abs().max() > 1:
            x = x / x.abs().max()
        return x * 2


inputs = torch.tensor([0.5, -3.0, 2.0])
try:
    torch.compile(Rescale(), backend="eager", fullgraph=True)(inputs)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> Unsupported: Data-dependent branching


class BranchlessRescale(nn.Module):
    def forward(self, x):
        return x / x.abs().max().clamp(min=1) * 2


compiled = torch.compile(BranchlessRescale(), backend="eager", fullgraph=True)
print(compiled(inputs), Rescale()(inputs))
#> tensor([ 0.3333, -2.0000,  1.3333]) tensor([ 0.3333, -2.0000,  1.3333])
# --8<-- [end:graph-break]
