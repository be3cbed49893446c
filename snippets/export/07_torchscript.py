import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1).eval()
example = torch.randn(1, 2)

# --8<-- [start:script]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    scripted = torch.jit.script(model)
print(caught[0].category.__name__)
#> FutureWarning
#> [torch<2.12]
#> DeprecationWarning
print(caught[0].message)
#> `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.
print(torch.allclose(scripted(example), model(example)))
#> True
# --8<-- [end:script]

# --8<-- [start:legacy-onnx]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.onnx.export(model, (example,), "legacy.onnx", dynamo=False)
print(caught[0].category.__name__)
#> DeprecationWarning
print(str(caught[0].message).split(". ")[0])
#> You are using the legacy TorchScript-based ONNX export
# --8<-- [end:legacy-onnx]
