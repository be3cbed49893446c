import torch
from torch import nn

# --8<-- [start:keys]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))

state_dict = model.state_dict()
print(type(state_dict).__name__)
#> OrderedDict
for name, tensor in state_dict.items():
    print(name, tuple(tensor.shape))
    #> 0.weight (4, 3)
    #> 0.bias (4,)
    #> 1.weight (4,)
    #> 1.bias (4,)
    #> 1.running_mean (4,)
    #> 1.running_var (4,)
    #> 1.num_batches_tracked ()
    #> 3.weight (2, 4)
    #> 3.bias (2,)
# --8<-- [end:keys]

# --8<-- [start:parameters]
for name, param in model.named_parameters():
    print(name, tuple(param.shape), param.requires_grad)
    #> 0.weight (4, 3) True
    #> 0.bias (4,) True
    #> 1.weight (4,) True
    #> 1.bias (4,) True
    #> 3.weight (2, 4) True
    #> 3.bias (2,) True
for name, buffer in model.named_buffers():
    print(name, tuple(buffer.shape))
    #> 1.running_mean (4,)
    #> 1.running_var (4,)
    #> 1.num_batches_tracked ()
# --8<-- [end:parameters]
