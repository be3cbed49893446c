import torch


def f(x):
    return x * x * x


x64 = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
f(x64).backward()
exact = x64.grad.item()
print(exact)
#> 6.75

x64, x32 = x64.detach(), x64.detach().float()
print("eps    forward  central  central f32")
#> eps    forward  central  central f32
for k in range(1, 13):
    eps = 10.0**-k
    forward = (f(x64 + eps) - f(x64)) / eps
    central = (f(x64 + eps) - f(x64 - eps)) / (2 * eps)
    central32 = (f(x32 + eps) - f(x32 - eps)) / (2 * eps)
    errors = [abs(d.item() - exact) for d in (forward, central, central32)]
    print(f"{eps:.0e}  " + "  ".join(f"{err:7.1e}" for err in errors))
    #> 1e-01  4.6e-01  1.0e-02  1.0e-02
    #> 1e-02  4.5e-02  1.0e-04  9.5e-05
    #> 1e-03  4.5e-03  1.0e-06  3.4e-04
    #> 1e-04  4.5e-04  1.0e-08  2.0e-03
    #> 1e-05  4.5e-05  1.4e-10  9.2e-03
    #> 1e-06  4.5e-06  6.1e-10  3.1e-01
    #> 1e-07  4.5e-07  3.4e-09  1.6e+00
    #> 1e-08  1.9e-08  4.1e-08  6.8e+00
    #> 1e-09  5.6e-07  5.6e-07  6.8e+00
    #> 1e-10  5.6e-07  5.6e-07  6.8e+00
    #> 1e-11  2.3e-05  5.6e-07  6.8e+00
    #> 1e-12  6.0e-04  6.0e-04  6.8e+00
