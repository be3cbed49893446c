# requires: cuda
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 3).cuda()
inputs = torch.randn(4, 8, device="cuda")
labels = torch.tensor([0, 2, 1, 2], device="cuda")

# --8<-- [start:float16]
with torch.autocast("cuda", dtype=torch.float16):
    logits = model(inputs)
    print(logits.dtype, model.weight.dtype)
    #> ...
    print(logits.softmax(dim=1).dtype, logits.sum().dtype)
    #> ...
    print(F.cross_entropy(logits, labels).dtype)
    #> ...
# --8<-- [end:float16]

# --8<-- [start:bfloat16]
print(torch.cuda.is_bf16_supported(including_emulation=False))
#> ...
with torch.autocast("cuda", dtype=torch.bfloat16):
    print(model(inputs).dtype)
    #> ...
# --8<-- [end:bfloat16]
