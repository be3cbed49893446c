import torch
from torch import nn


class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU())
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(4, 10)

    def forward(self, x):
        return self.head(self.pool(self.features(x)).flatten(1))


torch.manual_seed(0)
model = Classifier()
print(model)
#> Classifier(
#>   (features): Sequential(
#>     (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1))
#>     (1): ReLU()
#>   )
#>   (pool): AdaptiveAvgPool2d(output_size=1)
#>   (head): Linear(in_features=4, out_features=10, bias=True)
#> )
print([name for name, _ in model.named_children()])
#> ['features', 'pool', 'head']
print([name for name, _ in model.named_modules()])
#> ['', 'features', 'features.0', 'features.1', 'pool', 'head']
