import torch
from torch import nn

# --8<-- [start:table]
x = torch.tensor([-2.0, -1.0, 0.0, 1.0, 7.0])
activations = [
    nn.ReLU(),
    nn.LeakyReLU(),
    nn.LeakyReLU(negative_slope=0.2),
    nn.ELU(),
    nn.SELU(),
    nn.GELU(),
    nn.GELU(approximate="tanh"),
    nn.SiLU(),
    nn.Mish(),
    nn.Softplus(),
    nn.Hardtanh(),
    nn.ReLU6(),
    nn.Hardswish(),
]
width = max(len(str(activation)) for activation in activations)
print("x".ljust(width) + "".join(f"{value:8.2f}" for value in x))
#> x                                     -2.00   -1.00    0.00    1.00    7.00
for activation in activations:
    values = activation(x)
    print(str(activation).ljust(width) + "".join(f"{value:8.3f}" for value in values))
    #> ReLU()                                0.000   0.000   0.000   1.000   7.000
    #> LeakyReLU(negative_slope=0.01)       -0.020  -0.010   0.000   1.000   7.000
    #> LeakyReLU(negative_slope=0.2)        -0.400  -0.200   0.000   1.000   7.000
    #> ELU(alpha=1.0)                       -0.865  -0.632   0.000   1.000   7.000
    #> SELU()                               -1.520  -1.111   0.000   1.051   7.355
    #> GELU(approximate='none')             -0.046  -0.159   0.000   0.841   7.000
    #> GELU(approximate='tanh')             -0.045  -0.159   0.000   0.841   7.000
    #> SiLU()                               -0.238  -0.269   0.000   0.731   6.994
    #> Mish()                               -0.253  -0.303   0.000   0.865   7.000
    #> Softplus(beta=1.0, threshold=20.0)    0.127   0.313   0.693   1.313   7.001
    #> Hardtanh(min_val=-1.0, max_val=1.0)  -1.000  -1.000   0.000   1.000   1.000
    #> ReLU6()                               0.000   0.000   0.000   1.000   6.000
    #> Hardswish()                          -0.333  -0.333   0.000   0.667   7.000
# --8<-- [end:table]

# --8<-- [start:tanh]
grid = torch.linspace(-6, 6, 1201)
exact = nn.GELU()(grid)
approximate = nn.GELU(approximate="tanh")(grid)
print(f"{(exact - approximate).abs().max():.1e}")
#> 4.7e-04
print(torch.allclose(nn.SiLU()(grid), grid * torch.sigmoid(grid)))
#> True
# --8<-- [end:tanh]
