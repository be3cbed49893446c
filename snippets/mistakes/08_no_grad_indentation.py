import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:wrong]
seed_source = """\
with torch.no_grad():
out = torch.softmax(model(X), dim=1)
"""
try:
    compile(seed_source, "<seed>", "exec")
except SyntaxError as err:
    print(f"{type(err).__name__}: {err.msg} (line {err.lineno})")
#> IndentationError: expected an indented block after 'with' statement on line 1 (line 2)
# --8<-- [end:wrong]

# --8<-- [start:right]
model = nn.Linear(4, 3)
X = torch.rand(1, 4)
with torch.no_grad():
    out = torch.softmax(model(X), dim=1)
print(out, out.requires_grad)
#> tensor([[0.2504, 0.3733, 0.3763]]) False
# --8<-- [end:right]
