import torch

# --8<-- [start:wrong]
images = torch.zeros(8, 4, 4, 3).permute(0, 3, 1, 2)
try:
    images.view(images.shape[0], -1)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
#> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
# --8<-- [end:wrong]

# --8<-- [start:right]
print(images.is_contiguous())
#> False
print(images.reshape(images.shape[0], -1).shape)
#> torch.Size([8, 48])
print(images.flatten(1).shape)
#> torch.Size([8, 48])
# --8<-- [end:right]
