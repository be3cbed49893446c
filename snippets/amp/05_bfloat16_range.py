import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
inputs = torch.randn(16, 4)
targets = torch.randn(16, 1)

# --8<-- [start:finfo]
for dtype in (torch.float16, torch.bfloat16, torch.float32):
    info = torch.finfo(dtype)
    print(dtype, info.max, info.tiny, info.eps)
    #> torch.float16 65504.0 6.103515625e-05 0.0009765625
    #> torch.bfloat16 3.3895313892515355e+38 1.1754943508222875e-38 0.0078125
    #> torch.float32 3.4028234663852886e+38 1.1754943508222875e-38 1.1920928955078125e-07
# --8<-- [end:finfo]

# --8<-- [start:overflow]
big = torch.tensor([70000.0, 1e-8])
print(big.to(torch.float16))
#> tensor([inf, 0.], dtype=torch.float16)
print(big.to(torch.bfloat16))
#> tensor([7.0144e+04, 1.0012e-08], dtype=torch.bfloat16)
# --8<-- [end:overflow]

# --8<-- [start:no-scaler]
torch.manual_seed(0)
model = nn.Linear(4, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(3):
    optimizer.zero_grad()
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss = F.mse_loss(model(inputs), targets)
    loss.backward()
    optimizer.step()
    print(f"{loss.item():.4f}", model.weight.grad.dtype)
    #> 2.2687 torch.float32
    #> 1.6087 torch.float32
    #> 1.3434 torch.float32
# --8<-- [end:no-scaler]
