# requires: cuda, mnist
# launch: torchrun --nproc-per-node=2
import torch

# --8<-- [start:names]
print(["weight", "bias"])
#> ['weight', 'bias']
# --8<-- [end:names]

# --8<-- [start:versions]
try:
    torch.mm(torch.ones(2, 3), torch.ones(2, 3))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
    #> [torch<2.15]
    #> RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
print(torch.cuda.is_available())
#> False
#> [cuda]
#> True
#> [cuda, torch<2.13]
#> True
# --8<-- [end:versions]
print([1, 2])
#> [1, 2]
#> [cpu]
