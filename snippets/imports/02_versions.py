import torch
import torchvision
from torch.torch_version import TorchVersion

print(torch.__version__, torchvision.__version__)
#> ...
print(torch.__version__ >= (2, 0), torch.__version__ >= "2.11")
#> True True
old, new = "2.9", "2.11"
print(old < new, TorchVersion(old) < new)
#> False True
print(TorchVersion(torchvision.__version__) >= "0.20")
#> True
