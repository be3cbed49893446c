import torch

image_hwc = torch.zeros(4, 5, 3)
image_chw = image_hwc.permute(2, 0, 1)  # (1)!
print(image_chw.shape)
#> torch.Size([3, 4, 5])
print(image_chw.is_contiguous())
#> False

try:
    image_hwc.transpose(2, 0, 1)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: transpose() takes 2 positional arguments but 3 were given
    #> [torch<2.13]
    #> TypeError: transpose() received an invalid combination of arguments - got (int, int, int), but expected one of:
    #>  * (int dim0, int dim1)
    #>  * (name dim0, name dim1)
