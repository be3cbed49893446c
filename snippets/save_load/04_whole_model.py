import pickle

import torch
from torch import nn


# --8<-- [start:refused]
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x)


torch.manual_seed(0)
torch.save(Net(), "whole.pth")

try:
    torch.load("whole.pth", weights_only=True)
except pickle.UnpicklingError as err:
    print(f"{type(err).__module__}.{type(err).__name__}: {str(err).split('. ')[0]}")
    #> _pickle.UnpicklingError: Weights only load failed
    reason = [line for line in str(err).splitlines() if "Unsupported global" in line]
    print(reason[0].strip().split(". ")[0])
    #> WeightsUnpickler error: Unsupported global: GLOBAL __main__.Net was not an allowed global by default
# --8<-- [end:refused]

# --8<-- [start:safe-globals]
print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint("whole.pth")))
#> ['__main__.Net', 'torch.nn.modules.linear.Linear']
with torch.serialization.safe_globals([Net, nn.Linear]):
    model = torch.load("whole.pth", weights_only=True)
print(model)
#> Net(
#>   (fc): Linear(in_features=2, out_features=1, bias=True)
#> )
# --8<-- [end:safe-globals]

# --8<-- [start:trusted]
model = torch.load("whole.pth", weights_only=False)  # (1)!
print(type(model).__name__)
#> Net
# --8<-- [end:trusted]
