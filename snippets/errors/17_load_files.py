import argparse
import pickle

import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:weights-only]
checkpoint = {"model": nn.Linear(4, 2).state_dict(), "args": argparse.Namespace(lr=0.1)}
torch.save(checkpoint, "checkpoint.pth")
try:
    torch.load("checkpoint.pth")
except pickle.UnpicklingError as err:
    print(f"{type(err).__name__}: {str(err).split('. ')[0]}")
    #> UnpicklingError: Weights only load failed
    print(str(err).split("WeightsUnpickler error: ")[1].split(". ")[0])
    #> Unsupported global: GLOBAL argparse.Namespace was not an allowed global by default
with torch.serialization.safe_globals([argparse.Namespace]):
    checkpoint = torch.load("checkpoint.pth")
print(checkpoint["args"])
#> Namespace(lr=0.1)
# --8<-- [end:weights-only]

# --8<-- [start:ordereddict-eval]
torch.save(nn.Linear(4, 2).state_dict(), "model.pth")
model = torch.load("model.pth", weights_only=True)
try:
    model.eval()
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
    #> AttributeError: 'collections.OrderedDict' object has no attribute 'eval'
model = nn.Linear(4, 2)
model.load_state_dict(torch.load("model.pth", weights_only=True))
print(model.eval())
#> Linear(in_features=4, out_features=2, bias=True)
# --8<-- [end:ordereddict-eval]

# --8<-- [start:zip-archive]
torch.save(nn.Linear(4, 2).state_dict(), "model.pth")
with open("model.pth", "rb") as file:
    complete = file.read()
with open("partial.pth", "wb") as file:
    file.write(complete[: len(complete) // 2])
try:
    torch.load("partial.pth", weights_only=True)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split('. ')[0]}")
    #> RuntimeError: PytorchStreamReader failed reading zip archive: failed finding central directory
print(len(torch.load("model.pth", weights_only=True)))
#> 2
# --8<-- [end:zip-archive]
