import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
torch.save(model.state_dict(), "before.pth")
model[2] = nn.Sequential(nn.Dropout(0.1), model[2])


# --8<-- [start:pre-hook]
def old_keys_to_new(module, state_dict, prefix, *args):
    for name in ("weight", "bias"):
        old_key = f"{prefix}2.{name}"
        if old_key in state_dict:
            state_dict[f"{prefix}2.1.{name}"] = state_dict.pop(old_key)


print(list(model.state_dict()))
#> ['0.weight', '0.bias', '2.1.weight', '2.1.bias']
model.register_load_state_dict_pre_hook(old_keys_to_new)
print(model.load_state_dict(torch.load("before.pth", weights_only=True)))
#> <All keys matched successfully>
# --8<-- [end:pre-hook]


# --8<-- [start:post-hook]
def new_keys_to_old(module, state_dict, prefix, local_metadata):
    for name in ("weight", "bias"):
        state_dict[f"{prefix}2.{name}"] = state_dict.pop(f"{prefix}2.1.{name}")


model.register_state_dict_post_hook(new_keys_to_old)
print(list(model.state_dict()))
#> ['0.weight', '0.bias', '2.weight', '2.bias']
torch.save(model.state_dict(), "after.pth")
plain = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
print(plain.load_state_dict(torch.load("after.pth", weights_only=True)))
#> <All keys matched successfully>
# --8<-- [end:post-hook]
