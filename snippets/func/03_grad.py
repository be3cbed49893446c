import torch
from torch.func import grad, grad_and_value


# --8<-- [start:grad]
def cube_sum(x):
    return (x**3).sum()


x = torch.tensor([1.0, 2.0, 3.0])
print(grad(cube_sum)(x))
#> tensor([ 3., 12., 27.])
print(grad(grad(torch.sin))(torch.tensor(0.5)), -torch.sin(torch.tensor(0.5)))
#> tensor(-0.4794) tensor(-0.4794)
print(x.requires_grad, x.grad)
#> False None
# --8<-- [end:grad]


# --8<-- [start:argnums]
def weighted(w, b, x):
    return (w * x + b).sum()


w, b, x = torch.tensor([2.0, 3.0]), torch.tensor(1.0), torch.tensor([4.0, 5.0])
print(grad(weighted)(w, b, x))
#> tensor([4., 5.])
grad_w, grad_b = grad(weighted, argnums=(0, 1))(w, b, x)
print(grad_w, grad_b)
#> tensor([4., 5.]) tensor(2.)
# --8<-- [end:argnums]

# --8<-- [start:grad-and-value]
gradient, value = grad_and_value(cube_sum)(torch.tensor([1.0, 2.0]))
print(gradient, value)
#> tensor([ 3., 12.]) tensor(9.)
# --8<-- [end:grad-and-value]


# --8<-- [start:has-aux]
def loss_with_logits(w, x):
    logits = x @ w
    return logits.pow(2).mean(), logits


w, x = torch.tensor([1.0, -1.0]), torch.tensor([[1.0, 2.0], [3.0, 4.0]])
gradient, logits = grad(loss_with_logits, has_aux=True)(w, x)
print(gradient, logits)
#> tensor([-4., -6.]) tensor([-1., -1.])
gradient, (loss, logits) = grad_and_value(loss_with_logits, has_aux=True)(w, x)
print(loss)
#> tensor(1.)
# --8<-- [end:has-aux]

# --8<-- [start:scalar-only]
try:
    grad(lambda x: x**2)(torch.tensor([1.0, 2.0]))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with 1 dims. Maybe you wanted to use the vjp or jacrev APIs instead?
# --8<-- [end:scalar-only]
