import torch
from torch import nn
from torch.export import Dim


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


# --8<-- [start:shape]
class ShapeGate(nn.Module):
    def forward(self, x):
        if x.shape[0] > 4:
            return x * 2
        return x - 1


batch = Dim("batch")
try:
    torch.export.export(ShapeGate(), (torch.ones(3, 4),), dynamic_shapes=({0: batch},))
except RuntimeError as err:
    lines = str(err).splitlines()
    print(f"{type(err).__name__}: {lines[0].split('!')[0]}")
    #> UserError: Constraints violated (batch)
    print(lines[lines.index("Suggested fixes:") + 1].strip())
    #> batch = Dim('batch', max=4)
# --8<-- [end:shape]


# --8<-- [start:shape-cond]
class CondShapeGate(nn.Module):
    def forward(self, x):
        return torch.cond(x.shape[0] > 4, lambda x: x * 2, lambda x: x - 1, (x,))


exported = torch.export.export(
    CondShapeGate(), (torch.ones(3, 4),), dynamic_shapes=({0: batch},)
).module()
print(exported(torch.ones(6, 4))[0], exported(torch.ones(2, 4))[0])
#> tensor([2., 2., 2., 2.]) tensor([0., 0., 0., 0.])
# --8<-- [end:shape-cond]
