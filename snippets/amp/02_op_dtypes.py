import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
linear = nn.Linear(8, 3)
conv = nn.Conv1d(1, 2, 3)
inputs = torch.randn(4, 8)
labels = torch.tensor([0, 2, 1, 2])

# --8<-- [start:lower]
with torch.autocast("cpu", dtype=torch.bfloat16):
    print(linear(inputs).dtype)
    #> torch.bfloat16
    print((inputs @ inputs.T).dtype, torch.bmm(inputs[None], inputs.T[None]).dtype)
    #> torch.bfloat16 torch.bfloat16
    print(conv(inputs[:, None]).dtype)
    #> torch.bfloat16
# --8<-- [end:lower]

# --8<-- [start:float32]
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = linear(inputs)
    print(logits.dtype)
    #> torch.bfloat16
    print(F.cross_entropy(logits, labels).dtype)
    #> torch.float32
    print(F.mse_loss(logits, torch.zeros(4, 3)).dtype)
    #> torch.float32
    print(logits.prod().dtype, torch.cdist(logits, logits).dtype)
    #> torch.float32 torch.float32
# --8<-- [end:float32]

# --8<-- [start:follow]
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = linear(inputs)
    print(logits.relu().dtype, logits.sum().dtype, logits.softmax(dim=1).dtype)
    #> torch.bfloat16 torch.bfloat16 torch.bfloat16
    print(inputs.softmax(dim=1).dtype, inputs.sum().dtype)
    #> torch.float32 torch.float32
    print(logits.float().softmax(dim=1).dtype)
    #> torch.float32
# --8<-- [end:follow]

# --8<-- [start:promote]
with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = linear(inputs)
    print((logits + torch.ones(4, 3)).dtype)
    #> torch.float32
    print(torch.cat([logits, torch.ones(4, 3)]).dtype)
    #> torch.float32
# --8<-- [end:promote]
