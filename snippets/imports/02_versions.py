import torch
import torchvision
from packaging.version import Version

print(torch.__version__, torchvision.__version__)
#> ...
print(Version(torch.__version__) >= Version("2.6"))
#> True
old, new = "2.9", "2.11"
print(old < new, Version(old) < Version(new))
#> False True
print(Version(torchvision.__version__) >= Version("0.20"))
#> True
print(Version("2.14.1+cu130").public, Version("2.14.1+cu130") >= Version("2.14.1"))
#> 2.14.1 True
