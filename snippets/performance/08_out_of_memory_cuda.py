# requires: cuda
import torch

free, total = torch.cuda.mem_get_info()
try:
    torch.empty(total * 2, dtype=torch.uint8, device="cuda")
except torch.OutOfMemoryError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0][:60]}")
    #> ...
torch.cuda.empty_cache()
print(torch.cuda.memory_allocated())
#> ...
