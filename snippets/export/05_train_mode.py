import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.5))
example = torch.randn(2, 4)


def dropout_args(exported):
    for node in exported.graph.nodes:
        if node.target == torch.ops.aten.dropout.default:
            return node.args[1:]


# --8<-- [start:baked]
in_training = torch.export.export(model, (example,))
print(dropout_args(in_training))
#> (0.5, True)
try:
    in_training.module().eval()
except NotImplementedError as err:
    print(f"{type(err).__name__}: {err}")
    #> NotImplementedError: Calling eval() is not supported yet.
# --8<-- [end:baked]

# --8<-- [start:eval]
for_inference = torch.export.export(model.eval(), (example,))
print(dropout_args(for_inference))
#> (0.5, False)
print(torch.equal(for_inference.module()(example), model(example)))
#> True
# --8<-- [end:eval]
