import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:same-device]
model = nn.Linear(3, 2, device="meta")
inputs = torch.zeros(4, 3)
try:
    model(inputs)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Tensor on device meta is not on the expected device cpu!
device = torch.device("cpu")
model = nn.Linear(3, 2).to(device)
print(model(inputs.to(device)).device)
#> cpu
# --8<-- [end:same-device]

# --8<-- [start:device-side-assert]
vocab_size = 10
embedding = nn.Embedding(vocab_size, 4)
token_ids = torch.tensor([[1, 4, 10]])
try:
    embedding(token_ids)
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: index out of range in self
print(token_ids.max().item(), embedding.num_embeddings)
#> 10 10
embedding = nn.Embedding(token_ids.max().item() + 1, 4)
print(embedding(token_ids).shape)
#> torch.Size([1, 3, 4])
# --8<-- [end:device-side-assert]


# --8<-- [start:device-ordinal]
def pick_device(index):
    if index < torch.cuda.device_count():
        return torch.device("cuda", index)
    return torch.device("cpu")


print(pick_device(1))
#> cpu
# --8<-- [end:device-ordinal]

# --8<-- [start:meta-copy]
with torch.device("meta"):
    model = nn.Linear(3, 2)
try:
    model.to("cpu")
except NotImplementedError as err:
    print(f"{type(err).__name__}: {err}")
    #> NotImplementedError: Cannot copy out of meta tensor; no data! Please use torch.nn.Module.to_empty() instead of torch.nn.Module.to() when moving module from meta to a different device.
weights = nn.Linear(3, 2).state_dict()
model.load_state_dict(weights, assign=True)
print(model.weight.device, torch.equal(model.weight, weights["weight"]))
#> cpu True
# --8<-- [end:meta-copy]
