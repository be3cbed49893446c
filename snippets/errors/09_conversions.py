import numpy as np
import torch

# --8<-- [start:object-array]
rows = np.array([np.array([1.0, 2.0]), np.array([3.0])], dtype=object)
try:
    torch.tensor(rows)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: can't convert np.ndarray of type numpy.object_. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
padded = np.array([[1.0, 2.0], [3.0, 0.0]])
print(torch.tensor(padded))
#> tensor([[1., 2.],
#>         [3., 0.]], dtype=torch.float64)
# --8<-- [end:object-array]

# --8<-- [start:string-labels]
labels = ["cat", "dog", "cat"]
try:
    torch.tensor(labels)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: too many dimensions 'str'
class_index = {name: index for index, name in enumerate(sorted(set(labels)))}
print(torch.tensor([class_index[name] for name in labels]))
#> tensor([0, 1, 0])
# --8<-- [end:string-labels]

# --8<-- [start:from-numpy-list]
values = [1.0, 2.0, 3.0]
try:
    torch.from_numpy(values)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: expected np.ndarray (got list)
print(torch.tensor(values))
#> tensor([1., 2., 3.])
# --8<-- [end:from-numpy-list]
