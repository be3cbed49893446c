import torch
from torch import nn


# --8<-- [start:define]
class NeuralNetwork(nn.Module):
    def __init__(self, num_inputs, num_outputs):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(num_inputs, 30),
            nn.ReLU(),
            nn.Linear(30, 20),
            nn.ReLU(),
            nn.Linear(20, num_outputs),
        )

    def forward(self, x):
        return self.layers(x)  # (1)!


torch.manual_seed(123)
model = NeuralNetwork(50, 3)
print(model)
#> NeuralNetwork(
#>   (layers): Sequential(
#>     (0): Linear(in_features=50, out_features=30, bias=True)
#>     (1): ReLU()
#>     (2): Linear(in_features=30, out_features=20, bias=True)
#>     (3): ReLU()
#>     (4): Linear(in_features=20, out_features=3, bias=True)
#>   )
#> )
# --8<-- [end:define]

# --8<-- [start:count]
num_params = sum(p.numel() for p in model.parameters() if p.requires_grad)
print("Total number of trainable model parameters:", num_params)
#> Total number of trainable model parameters: 2213
# --8<-- [end:count]

# --8<-- [start:weights]
first = model.layers[0]
print(first.weight.shape, first.bias.shape, first.weight.requires_grad)
#> torch.Size([30, 50]) torch.Size([30]) True
print(first.weight.detach()[:2, :4])
#> tensor([[-0.0577,  0.0047, -0.0702,  0.0533],
#>         [ 0.0502,  0.0307,  0.0333,  0.0546]])
torch.manual_seed(123)
again = NeuralNetwork(50, 3)
print(torch.equal(again.layers[0].weight, first.weight))
#> True
# --8<-- [end:weights]

# --8<-- [start:forward]
torch.manual_seed(123)
X = torch.rand((1, 50))
out = model(X)
print(out)
#> tensor([[-0.1262,  0.1080, -0.1792]], grad_fn=<AddmmBackward0>)
with torch.inference_mode():
    probas = torch.softmax(model(X), dim=1)
print(probas)
#> tensor([[0.3113, 0.3934, 0.2952]])
print(probas.sum(dim=1))
#> tensor([1.])
# --8<-- [end:forward]
