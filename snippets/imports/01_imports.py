import torch
import torch.nn.functional as F
from torch import Tensor, nn, optim
from torch.nn import Linear, Module, MSELoss, ReLU
from torch.nn.init import xavier_uniform_
from torch.optim import SGD
from torch.utils.data import DataLoader, Dataset, random_split
from torchvision import datasets, models
from torchvision.transforms import v2

print(nn.Linear is Linear, optim.SGD is SGD, nn.init.xavier_uniform_ is xavier_uniform_)
#> True True True
print([obj.__name__ for obj in (Tensor, Module, ReLU, MSELoss, Dataset, DataLoader)])
#> ['Tensor', 'Module', 'ReLU', 'MSELoss', 'Dataset', 'DataLoader']
print(random_split.__name__, v2.Resize.__name__, datasets.MNIST.__name__)
#> random_split Resize MNIST
print(models.resnet18.__name__, F.relu(torch.tensor([-1.0, 2.0])))
#> resnet18 tensor([0., 2.])
