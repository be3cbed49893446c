import torch
from torch import nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.linear1 = nn.Linear(10, 20)
        self.linear2 = nn.Linear(20, 2)

    def forward(self, x):
        return self.linear2(torch.relu(self.linear1(x)))


def count_trainable(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


torch.manual_seed(0)
model = Model()
print(count_trainable(model))
#> 262
model.linear1.requires_grad_(False)
print(count_trainable(model))
#> 42
trainable = [p for p in model.parameters() if p.requires_grad]
optimizer = torch.optim.SGD(trainable, lr=0.1)
model(torch.randn(4, 10)).sum().backward()
optimizer.step()
print(model.linear1.weight.grad, model.linear2.weight.grad.shape)
#> None torch.Size([2, 20])
