# requires: torch215
import torch
from torch import nn


def forward(net, batch):
    return net(batch)


# --8<-- [start:capture]
torch.manual_seed(0)
model = nn.Linear(3, 2)
inputs = torch.randn(4, 3)
capture = torch.compiler.precompile.capture(
    forward,
    artifact_path="linear_artifact.py",
    cache_path="linear_artifact.cache",
    backend="eager",
)
with capture as traced:
    outputs = traced(model, inputs)
print(outputs.shape)
#> torch.Size([4, 2])
# --8<-- [end:capture]

# --8<-- [start:load]
runnable = torch.compiler.precompile.load("linear_artifact.py", "linear_artifact.cache")
print(torch.equal(runnable(model, inputs), outputs))
#> True
torch.manual_seed(1)
retrained = nn.Linear(3, 2)
print(torch.equal(runnable(retrained, inputs), retrained(inputs)))
#> True
# --8<-- [end:load]

# --8<-- [start:old-call]
try:
    torch.compiler.precompile(forward, model, inputs)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: 'module' object is not callable
# --8<-- [end:old-call]
