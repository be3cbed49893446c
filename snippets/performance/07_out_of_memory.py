import torch

# --8<-- [start:classes]
print(issubclass(torch.OutOfMemoryError, RuntimeError))
#> True
print(torch.cuda.OutOfMemoryError is torch.OutOfMemoryError)
#> True
# --8<-- [end:classes]

# --8<-- [start:cpu]
try:
    torch.empty(2**61, dtype=torch.uint8)
except RuntimeError as err:
    print(type(err).__name__, isinstance(err, torch.OutOfMemoryError))
    #> RuntimeError False
    print("can't allocate memory" in str(err))
    #> True
# --8<-- [end:cpu]


# --8<-- [start:pattern]
def run_batch(batch_size):
    if batch_size > 64:
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
    return batch_size


batch_size = 256
while True:
    try:
        run_batch(batch_size)
        break
    except torch.OutOfMemoryError:
        torch.cuda.empty_cache()
        batch_size //= 2
print(batch_size)
#> 64
# --8<-- [end:pattern]
