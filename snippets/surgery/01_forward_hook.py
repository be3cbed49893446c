import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
x = torch.randn(3, 4)

# --8<-- [start:capture]
activations = {}


def save_output(module, inputs, output):
    activations["relu"] = output.detach()


handle = model[1].register_forward_hook(save_output)
logits = model(x)
print(activations["relu"].shape, (activations["relu"] >= 0).all().item())
#> torch.Size([3, 8]) True
handle.remove()
activations.clear()
model(x)
print(activations)
#> {}
# --8<-- [end:capture]

# --8<-- [start:replace-output]
handle = model[2].register_forward_hook(
    lambda module, inputs, output: output.softmax(dim=1)
)
print(model(x).sum(dim=1))
#> tensor([1.0000, 1.0000, 1.0000], grad_fn=<SumBackward1>)
handle.remove()
print(model(x).sum(dim=1))
#> tensor([-0.3449,  0.1883, -0.3370], grad_fn=<SumBackward1>)
# --8<-- [end:replace-output]

# --8<-- [start:context]
with model[0].register_forward_hook(lambda module, inputs, output: print(output.shape)):
    model(x)
    #> torch.Size([3, 8])
model(x)
# --8<-- [end:context]
