import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

torch.manual_seed(0)

# --8<-- [start:missing-keys]
old_model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
torch.save(old_model.state_dict(), "model.pth")
new_model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Dropout(), nn.Linear(8, 2))
state_dict = torch.load("model.pth", weights_only=True)
try:
    new_model.load_state_dict(state_dict)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Error(s) in loading state_dict for Sequential:
    #> 	Missing key(s) in state_dict: "3.weight", "3.bias".
    #> 	Unexpected key(s) in state_dict: "2.weight", "2.bias".
renamed = {name.replace("2.", "3.", 1): value for name, value in state_dict.items()}
print(new_model.load_state_dict(renamed))
#> <All keys matched successfully>
# --8<-- [end:missing-keys]

# --8<-- [start:module-prefix]
model = nn.Linear(4, 2)
wrapped = nn.DataParallel(model)
torch.save(wrapped.state_dict(), "wrapped.pth")
state_dict = torch.load("wrapped.pth", weights_only=True)
try:
    model.load_state_dict(state_dict)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Error(s) in loading state_dict for Linear:
    #> 	Missing key(s) in state_dict: "weight", "bias".
    #> 	Unexpected key(s) in state_dict: "module.weight", "module.bias".
consume_prefix_in_state_dict_if_present(state_dict, "module.")
print(model.load_state_dict(state_dict))
#> <All keys matched successfully>
# --8<-- [end:module-prefix]

# --8<-- [start:size-mismatch]
pretrained = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1000))
torch.save(pretrained.state_dict(), "pretrained.pth")
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 10))
state_dict = torch.load("pretrained.pth", weights_only=True)
try:
    model.load_state_dict(state_dict)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Error(s) in loading state_dict for Sequential:
    #> 	size mismatch for 2.weight: copying a param with shape torch.Size([1000, 8]) from checkpoint, the shape in current model is torch.Size([10, 8]).
    #> 	size mismatch for 2.bias: copying a param with shape torch.Size([1000]) from checkpoint, the shape in current model is torch.Size([10]).
current = model.state_dict()
matching = {
    name: tensor
    for name, tensor in state_dict.items()
    if tensor.shape == current[name].shape
}
print(model.load_state_dict(matching, strict=False))
#> _IncompatibleKeys(missing_keys=['2.weight', '2.bias'], unexpected_keys=[])
# --8<-- [end:size-mismatch]
