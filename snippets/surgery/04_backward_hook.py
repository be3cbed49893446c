import warnings

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
x = torch.randn(5, 3)


# --8<-- [start:see-grads]
def show_grads(module, grad_input, grad_output):
    print(
        type(module).__name__,
        [g if g is None else tuple(g.shape) for g in grad_input],
        [tuple(g.shape) for g in grad_output],
    )
    #> Linear [(5, 4)] [(5, 1)]
    #> ReLU [(5, 4)] [(5, 4)]
    #> Linear [(5, 3)] [(5, 4)]


handles = [layer.register_full_backward_hook(show_grads) for layer in model]
model(x.clone().requires_grad_()).sum().backward()
for handle in handles:
    handle.remove()
# --8<-- [end:see-grads]

# --8<-- [start:no-input-grad]
seen = []
handle = model[0].register_full_backward_hook(
    lambda module, grad_input, grad_output: seen.append(grad_input)
)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model(x).sum().backward()
print(seen)
#> [(None,)]
print(str(caught[0].message).split(" See ")[0])
#> Full backward hook is firing when gradients are computed with respect to module outputs since no inputs require gradients.
handle.remove()
# --8<-- [end:no-input-grad]

# --8<-- [start:grad-norms]
grad_norms = {}


def record_norm(module, grad_input, grad_output):
    grad_norms[type(module).__name__] = grad_output[0].norm().item()


handle = model[2].register_full_backward_hook(record_norm)
model(x).sum().backward()
print(grad_norms)
#> {'Linear': 2.2360680103302}
handle.remove()
# --8<-- [end:grad-norms]


# --8<-- [start:clip]
def clip_input_grad(module, grad_input, grad_output):
    return (grad_input[0].clamp(-0.01, 0.01),)


x_leaf = x.clone().requires_grad_()
handle = model[0].register_full_backward_hook(clip_input_grad)
model(x_leaf).sum().backward()
print(x_leaf.grad.abs().max())
#> tensor(0.0100)
handle.remove()
# --8<-- [end:clip]
