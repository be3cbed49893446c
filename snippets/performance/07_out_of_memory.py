import weakref

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
    out_of_memory = False
    try:
        run_batch(batch_size)
    except torch.OutOfMemoryError:
        out_of_memory = True
    if not out_of_memory:
        break
    batch_size //= 2
print(batch_size)
#> 64
# --8<-- [end:pattern]

# --8<-- [start:traceback]
held = []


def failing_step():
    activations = torch.ones(1000)
    held.append(weakref.ref(activations))
    raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")


try:
    failing_step()
except torch.OutOfMemoryError:
    print(held[0]() is not None)
    #> True
print(held[0]() is None)
#> True
# --8<-- [end:traceback]
