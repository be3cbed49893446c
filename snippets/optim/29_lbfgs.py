import torch
from torch import optim

# --8<-- [start:lbfgs]
point = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
optimizer = optim.LBFGS([point], lr=1, max_iter=20, line_search_fn="strong_wolfe")


def rosenbrock(xy):
    return (1 - xy[0]) ** 2 + 100 * (xy[1] - xy[0] ** 2) ** 2


def closure():
    optimizer.zero_grad()
    loss = rosenbrock(point)
    loss.backward()
    return loss


for step in range(3):
    loss = optimizer.step(closure)
    calls = optimizer.state[point]["func_evals"]
    print(step, f"{loss.item():.4f}", calls, point.detach())
    #> 0 12.5000 25 tensor([-0.0851, -0.0288], dtype=torch.float64)
    #> 1 1.3071 50 tensor([0.9996, 0.9992], dtype=torch.float64)
    #> 2 0.0000 53 tensor([1.0000, 1.0000], dtype=torch.float64)
print(f"{rosenbrock(point).item():.1e}")
#> 1.9e-10
# --8<-- [end:lbfgs]
