import torch
from torch import nn
from torch.export import Dim


# --8<-- [start:export-control-flow]
class Rescale(nn.Module):
    def forward(self, x):
        if x.abs().max() > 1:
            return x / x.abs().max()
        return x


inputs = torch.tensor([0.5, -3.0, 2.0])
try:
    torch.export.export(Rescale(), (inputs,))
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> GuardOnDataDependentSymNode: Could not guard on data-dependent expression Eq(u0, 1) (unhinted: Eq(u0, 1)).  (Size-like symbols: none)


class BranchlessRescale(nn.Module):
    def forward(self, x):
        return x / x.abs().max().clamp(min=1)


exported = torch.export.export(BranchlessRescale(), (inputs,)).module()
print(exported(inputs), Rescale()(inputs))
#> tensor([ 0.1667, -1.0000,  0.6667]) tensor([ 0.1667, -1.0000,  0.6667])
# --8<-- [end:export-control-flow]


# --8<-- [start:constraints-violated]
class Head(nn.Module):
    batch_size = 4

    def forward(self, x):
        return x.view(self.batch_size, -1)


batch = {0: Dim("batch")}
try:
    torch.export.export(Head(), (torch.ones(4, 2, 3),), dynamic_shapes=(batch,))
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> UserError: Constraints violated (batch)! For more information, run with TORCH_LOGS="+dynamic".


class FlatHead(nn.Module):
    def forward(self, x):
        return x.flatten(1)


exported = torch.export.export(
    FlatHead(), (torch.ones(4, 2, 3),), dynamic_shapes=(batch,)
).module()
print(exported(torch.ones(7, 2, 3)).shape)
#> torch.Size([7, 6])
# --8<-- [end:constraints-violated]
