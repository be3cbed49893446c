import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 3))
X_new = torch.tensor([[-0.8, 2.8], [2.6, -1.6]])

model.eval()
with torch.inference_mode():
    probabilities = torch.softmax(model(X_new), dim=1)
print(probabilities)
#> tensor([[0.3197, 0.2623, 0.4180],
#>         [0.2696, 0.3441, 0.3862]])
print(probabilities.argmax(dim=1))
#> tensor([2, 2])
