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
features = torch.tensor(numeric, dtype=torch.float32)
labels = torch.tensor(df["bought"].to_numpy())
print(features.shape, features.dtype, labels.dtype)
# --8<-- [end:columns]

# --8<-- [start:object]
print(df.to_numpy().dtype)
try:
    torch.tensor(df.to_numpy())
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
codes = df["city"].astype("category").cat.codes
city = torch.tensor(codes.to_numpy(), dtype=torch.long)
print(city)
# --8<-- [end:object]
