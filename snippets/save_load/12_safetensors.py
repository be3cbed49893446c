import json
import struct

import torch
from safetensors import safe_open
from safetensors.torch import load_file, save_file
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

# --8<-- [start:save-load]
save_file(model.state_dict(), "model.safetensors")
state = load_file("model.safetensors")
print(sorted(state))
#> ['0.bias', '0.weight', '2.bias', '2.weight']
fresh = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
print(fresh.load_state_dict(state))
#> <All keys matched successfully>
print(torch.equal(fresh[0].weight, model[0].weight))
#> True
# --8<-- [end:save-load]

# --8<-- [start:metadata]
save_file(model.state_dict(), "tagged.safetensors", metadata={"epoch": "7"})
with safe_open("tagged.safetensors", framework="pt") as file:
    print(file.metadata())
    #> {'epoch': '7'}
try:
    save_file(model.state_dict(), "bad.safetensors", metadata={"epoch": 7})
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: argument 'metadata': 'int' object is not an instance of 'str'
# --8<-- [end:metadata]

# --8<-- [start:lazy]
save_file(model.state_dict(), "model.safetensors")
with safe_open("model.safetensors", framework="pt", device="cpu") as file:
    print(sorted(file.keys()))
    #> ['0.bias', '0.weight', '2.bias', '2.weight']
    bias = file.get_tensor("2.bias")
    first_rows = file.get_slice("0.weight")[:2]
print(bias.shape, first_rows.shape)
#> torch.Size([2]) torch.Size([2, 4])
# --8<-- [end:lazy]

# --8<-- [start:format]
save_file(model.state_dict(), "model.safetensors")
with open("model.safetensors", "rb") as file:
    (header_size,) = struct.unpack("<Q", file.read(8))
    header = json.loads(file.read(header_size))
print(header["0.bias"])
#> {'dtype': 'F32', 'shape': [8], 'data_offsets': [0, 32]}
# --8<-- [end:format]
