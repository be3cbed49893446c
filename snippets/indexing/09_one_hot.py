import torch
import torch.nn.functional as F

labels = torch.tensor([2, 0, 1])

# --8<-- [start:one_hot]
print(F.one_hot(labels))
#> tensor([[0, 0, 1],
#>         [1, 0, 0],
#>         [0, 1, 0]])
encoded = F.one_hot(labels, num_classes=5)
print(encoded.dtype, encoded.shape)
#> torch.int64 torch.Size([3, 5])
print(F.one_hot(torch.tensor([[0, 1], [1, 1]]), num_classes=2).shape)
#> torch.Size([2, 2, 2])
# --8<-- [end:one_hot]

# --8<-- [start:float]
encoded = F.one_hot(labels, num_classes=3)
print((encoded * 0.5).dtype)
#> torch.float32
try:
    encoded @ torch.ones(3, 2)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: expected m1 and m2 to have the same dtype, but got: long int != float
print((encoded.float() @ torch.ones(3, 2)).dtype)
#> torch.float32
# --8<-- [end:float]

# --8<-- [start:errors]
try:
    F.one_hot(torch.tensor([0, 3]), num_classes=3)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Class values must be smaller than num_classes.
try:
    F.one_hot(labels.float(), num_classes=3)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: one_hot is only applicable to index tensor of type LongTensor.
# --8<-- [end:errors]
