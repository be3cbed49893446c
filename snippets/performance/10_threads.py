import torch

# --8<-- [start:threads]
previous = torch.get_num_threads()
print(previous)
#> ...
try:
    torch.set_num_threads(1)
    print(torch.get_num_threads())
    #> 1
    product = torch.ones(256, 256) @ torch.ones(256, 256)
    print(product[0, 0])
    #> tensor(256.)
finally:
    torch.set_num_threads(previous)
print(torch.get_num_threads() == previous)
#> True
# --8<-- [end:threads]

# --8<-- [start:interop]
print(torch.get_num_interop_threads())
#> ...
# --8<-- [end:interop]
