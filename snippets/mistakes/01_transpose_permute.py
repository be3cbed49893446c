import torch

images = torch.zeros(32, 24, 3)

# --8<-- [start:wrong]
try:
    images.transpose(2, 0, 1)
except TypeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
#> TypeError: transpose() takes 2 positional arguments but 3 were given
#> [torch<2.13]
#> TypeError: transpose() received an invalid combination of arguments - got (int, int, int), but expected one of:
print(images.transpose(0, 2).shape)
#> torch.Size([3, 24, 32])
# --8<-- [end:wrong]

# --8<-- [start:right]
print(images.permute(2, 0, 1).shape)
#> torch.Size([3, 32, 24])
# --8<-- [end:right]
