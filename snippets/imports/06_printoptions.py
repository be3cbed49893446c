import torch

x = torch.tensor([[1 / 3, 2 / 3], [12345.678, 1e-5]])
torch.set_printoptions(precision=2, sci_mode=False)
try:
    print(x)
    #> tensor([[    0.33,     0.67],
    #>         [12345.68,     0.00]])
finally:
    torch.set_printoptions(profile="default")
print(x)
#> tensor([[3.3333e-01, 6.6667e-01],
#>         [1.2346e+04, 1.0000e-05]])
