import torch
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0])
activations = (nn.ReLU(), nn.GELU(), nn.Sigmoid(), nn.Tanh())
for activation in activations:
    print(f"{activation}: {activation(x)}")
    #> ReLU(): tensor([0.0000, 0.0000, 0.0000, 0.5000, 2.0000])
    #> GELU(approximate='none'): tensor([-0.0455, -0.1543,  0.0000,  0.3457,  1.9545])
    #> Sigmoid(): tensor([0.1192, 0.3775, 0.5000, 0.6225, 0.8808])
    #> Tanh(): tensor([-0.9640, -0.4621,  0.0000,  0.4621,  0.9640])
print([len(list(activation.parameters())) for activation in activations])
#> [0, 0, 0, 0]
print([(name, p.shape) for name, p in nn.PReLU().named_parameters()])
#> [('weight', torch.Size([1]))]
