import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
inputs = torch.randn(6, 4)
labels = torch.tensor([0, 1, 2, 0, 1, 2])


# --8<-- [start:vmap-grad]
def loss_fn(params, sample, label):
    logits = functional_call(model, params, (sample.unsqueeze(0),))
    return F.cross_entropy(logits, label.unsqueeze(0))


params = {name: p.detach() for name, p in model.named_parameters()}
per_sample_grad_fn = vmap(grad(loss_fn), in_dims=(None, 0, 0))
per_sample_grads = per_sample_grad_fn(params, inputs, labels)
for name, value in per_sample_grads.items():
    print(name, tuple(value.shape))
    #> 0.weight (6, 8, 4)
    #> 0.bias (6, 8)
    #> 2.weight (6, 3, 8)
    #> 2.bias (6, 3)
# --8<-- [end:vmap-grad]

# --8<-- [start:loop]
loop_grads = {name: [] for name in params}
for sample, label in zip(inputs, labels, strict=True):
    model.zero_grad()
    F.cross_entropy(model(sample.unsqueeze(0)), label.unsqueeze(0)).backward()
    for name, p in model.named_parameters():
        loop_grads[name].append(p.grad.clone())
for name, grads in loop_grads.items():
    print(name, torch.allclose(per_sample_grads[name], torch.stack(grads), atol=1e-6))
    #> 0.weight True
    #> 0.bias True
    #> 2.weight True
    #> 2.bias True
# --8<-- [end:loop]

# --8<-- [start:mean]
batch_mean = per_sample_grads["2.weight"].mean(dim=0)
model.zero_grad()
F.cross_entropy(model(inputs), labels).backward()
print(torch.allclose(batch_mean, model[2].weight.grad, atol=1e-6))
#> True
# --8<-- [end:mean]
