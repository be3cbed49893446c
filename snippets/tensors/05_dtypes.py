import torch

# --8<-- [start:default]
print(torch.tensor([1, 2]).dtype)
#> torch.int64
print(torch.tensor([1.0, 2]).dtype)
#> torch.float32
print(torch.tensor([True, False]).dtype)
#> torch.bool
print(torch.get_default_dtype())
#> torch.float32
# --8<-- [end:default]

# --8<-- [start:explicit]
for dtype in (torch.int64, torch.float32, torch.float64, torch.float16, torch.bfloat16):
    t = torch.tensor([1, 2], dtype=dtype)
    print(t.dtype, t.element_size(), "bytes per element")
    #> torch.int64 8 bytes per element
    #> torch.float32 4 bytes per element
    #> torch.float64 8 bytes per element
    #> torch.float16 2 bytes per element
    #> torch.bfloat16 2 bytes per element
# --8<-- [end:explicit]
