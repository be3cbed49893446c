import pandas as pd
import torch

df = pd.DataFrame(
    {
        "age": [22, 35, 58, 41],
        "income": [1.5, 2.0, 3.2, 2.7],
        "city": ["Oslo", "Lima", "Oslo", "Pune"],
        "bought": [0, 1, 1, 0],
    }
)

# --8<-- [start:columns]
numeric = df[["age", "income"]].to_numpy()
print(numeric.dtype)
#> float64
features = torch.tensor(numeric, dtype=torch.float32)
labels = torch.tensor(df["bought"].to_numpy())
print(features.shape, features.dtype, labels.dtype)
#> torch.Size([4, 2]) torch.float32 torch.int64
# --8<-- [end:columns]

# --8<-- [start:object]
print(df.to_numpy().dtype)
#> object
try:
    torch.tensor(df.to_numpy())
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: can't convert np.ndarray of type numpy.object_. The only supported types are: float64, float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, uint16, uint8, and bool.
codes = df["city"].astype("category").cat.codes
city = torch.tensor(codes.to_numpy(), dtype=torch.long)
print(city)
#> tensor([1, 0, 1, 2])
# --8<-- [end:object]
