import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(8, 3)
inputs = torch.randn(4, 8)

# --8<-- [start:autocast]
with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
    outputs = model(inputs)
print(outputs.dtype, model.weight.dtype, inputs.dtype)
#> torch.bfloat16 torch.float32 torch.float32
print(model(inputs).dtype)
#> torch.float32
# --8<-- [end:autocast]

# --8<-- [start:state]
print(torch.get_autocast_dtype("cpu"), torch.get_autocast_dtype("cuda"))
#> torch.bfloat16 torch.float16
with torch.autocast("cpu"):
    print(torch.is_autocast_enabled("cpu"), model(inputs).dtype)
    #> True torch.bfloat16
print(torch.is_autocast_enabled("cpu"))
#> False
with torch.autocast("cpu", dtype=torch.float16):
    print(model(inputs).dtype)
    #> torch.float16
# --8<-- [end:state]

# --8<-- [start:disable]
torch.manual_seed(0)
head = nn.Linear(3, 2)
with torch.autocast("cpu", dtype=torch.bfloat16):
    hidden = model(inputs)
    with torch.autocast("cpu", enabled=False):
        try:
            head(hidden)
        except RuntimeError as err:
            print(f"{type(err).__name__}: {err}")
            #> RuntimeError: mat1 and mat2 must have the same dtype, but got BFloat16 and Float
        exact = head(hidden.float())
print(hidden.dtype, exact.dtype)
#> torch.bfloat16 torch.float32
# --8<-- [end:disable]


# --8<-- [start:decorator]
@torch.autocast("cpu", dtype=torch.bfloat16)
def forward(batch):
    return model(batch)


print(forward(inputs).dtype)
#> torch.bfloat16
# --8<-- [end:decorator]
