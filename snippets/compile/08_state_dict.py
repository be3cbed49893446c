import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 2)
compiled = torch.compile(model, backend="eager")

# --8<-- [start:prefix]
print(list(compiled.state_dict()))
#> ['_orig_mod.weight', '_orig_mod.bias']
print(list(model.state_dict()))
#> ['weight', 'bias']
# --8<-- [end:prefix]

# --8<-- [start:error]
try:
    nn.Linear(2, 2).load_state_dict(compiled.state_dict())
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Error(s) in loading state_dict for Linear:
    #> 	Missing key(s) in state_dict: "weight", "bias".
    #> 	Unexpected key(s) in state_dict: "_orig_mod.weight", "_orig_mod.bias".
# --8<-- [end:error]

# --8<-- [start:save]
torch.save(compiled._orig_mod.state_dict(), "weights.pt")
fresh = nn.Linear(2, 2)
print(fresh.load_state_dict(torch.load("weights.pt")))
#> <All keys matched successfully>
print(torch.equal(fresh.weight, model.weight))
#> True
# --8<-- [end:save]

# --8<-- [start:strip]
state = compiled.state_dict()
nn.modules.utils.consume_prefix_in_state_dict_if_present(state, "_orig_mod.")
print(list(state))
#> ['weight', 'bias']
# --8<-- [end:strip]

# --8<-- [start:in-place]
torch.manual_seed(0)
in_place = nn.Linear(2, 2)
in_place.compile(backend="eager")
print(type(in_place).__name__, list(in_place.state_dict()))
#> Linear ['weight', 'bias']
# --8<-- [end:in-place]
