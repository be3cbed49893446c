import torch
from torch import nn


# --8<-- [start:fails]
class Gate(nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x - 1


inputs = torch.tensor([1.0, -3.0])
try:
    torch.export.export(Gate(), (inputs,))
except RuntimeError as err:
    print(type(err).__name__)
    #> GuardOnDataDependentSymNode
    print(str(err).splitlines()[0])
    #> Could not guard on data-dependent expression Eq(u0, 1) (unhinted: Eq(u0, 1)).  (Size-like symbols: none)
# --8<-- [end:fails]


# --8<-- [start:cond]
class CondGate(nn.Module):
    def forward(self, x):
        return torch.cond(x.sum() > 0, lambda x: x * 2, lambda x: x - 1, (x,))


positive = torch.tensor([1.0, 3.0])
exported = torch.export.export(CondGate(), (positive,)).module()
print(exported(positive), exported(-positive))
#> tensor([2., 6.]) tensor([-2., -4.])
print(CondGate()(positive), CondGate()(-positive))
#> tensor([2., 6.]) tensor([-2., -4.])
# --8<-- [end:cond]
