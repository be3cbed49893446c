import torch
from torch import nn
from torch.export import Dim

torch.manual_seed(0)
model = nn.Linear(4, 2).eval()
example = torch.randn(3, 4)

# --8<-- [start:static]
static = torch.export.export(model, (example,)).module()
try:
    static(torch.randn(5, 4))
except AssertionError as err:
    print(f"{type(err).__name__}: {err}")
    #> AssertionError: Guard failed: input.size()[0] == 3
# --8<-- [end:static]

# --8<-- [start:dim]
batch = Dim("batch", min=1, max=1024)
exported = torch.export.export(model, (example,), dynamic_shapes=({0: batch},))
dynamic = exported.module()
print(dynamic(torch.randn(5, 4)).shape, dynamic(torch.randn(1, 4)).shape)
#> torch.Size([5, 2]) torch.Size([1, 2])
bounds = exported.range_constraints.values()
print([(str(bound.lower), str(bound.upper)) for bound in bounds])
#> [('1', '1024')]
# --8<-- [end:dim]

# --8<-- [start:guards]
for shape in [(5, 3), (2000, 4)]:
    try:
        dynamic(torch.randn(shape))
    except AssertionError as err:
        print(f"{type(err).__name__}: {err}")
        #> AssertionError: Guard failed: input.size()[1] == 4
        #> AssertionError: Guard failed: input.size()[0] <= 1024
# --8<-- [end:guards]

# --8<-- [start:auto]
exported = torch.export.export(model, (example,), dynamic_shapes=({0: Dim.AUTO},))
bounds = exported.range_constraints.values()
print([(str(bound.lower), str(bound.upper)) for bound in bounds])
#> [('2', 'int_oo')]
print(exported.module()(torch.randn(1, 4)).shape)
#> torch.Size([1, 2])
# --8<-- [end:auto]
