import torch

# --8<-- [start:to]
counts = torch.tensor([1, 2, 3])
print(counts.to(torch.float32))
#> tensor([1., 2., 3.])
print(counts.float().dtype, counts.double().dtype, counts.half().dtype)
#> torch.float32 torch.float64 torch.float16
print(counts.to(torch.bool))
#> tensor([True, True, True])
# --8<-- [end:to]

# --8<-- [start:truncate]
measured = torch.tensor([-1.7, 0.5, 1.7, 2.99])
print(measured.to(torch.int64))
#> tensor([-1,  0,  1,  2])
print(measured.round().to(torch.int64))
#> tensor([-2,  0,  2,  3])
# --8<-- [end:truncate]

# --8<-- [start:precision]
tenth = torch.tensor(0.1, dtype=torch.float64)
for dtype in (torch.float32, torch.float16, torch.bfloat16):
    print(dtype, tenth.to(dtype).item())
    #> torch.float32 0.10000000149011612
    #> torch.float16 0.0999755859375
    #> torch.bfloat16 0.10009765625
print(torch.finfo(torch.float16).max)
#> 65504.0
print(torch.tensor([65504.0, 65519.0, 65520.0]).to(torch.float16))
#> tensor([65504., 65504.,    inf], dtype=torch.float16)
print(torch.tensor(65520.0).to(torch.bfloat16))
#> tensor(65536., dtype=torch.bfloat16)
# --8<-- [end:precision]
