import torch
from torch.utils.data import DataLoader, TensorDataset

# --8<-- [start:wrong]
seed_source = """\
train_loader = DataLoader(
    dataset=train_ds,
    batch_size=2,
    shuffle=True,
    num_workers=0 #3
    drop_last=True
)
"""
try:
    compile(seed_source, "<seed>", "exec")
except SyntaxError as err:
    print(f"{type(err).__name__}: {err.msg} (line {err.lineno})")
#> SyntaxError: invalid syntax. Perhaps you forgot a comma? (line 5)
# --8<-- [end:wrong]

# --8<-- [start:right]
torch.manual_seed(123)
train_ds = TensorDataset(torch.rand(5, 2), torch.tensor([0, 0, 0, 1, 1]))
train_loader = DataLoader(
    dataset=train_ds,
    batch_size=2,
    shuffle=True,
    num_workers=0,
    drop_last=True,
)
print(len(train_loader))
#> 2
for features, labels in train_loader:
    print(features.shape, labels)
    #> torch.Size([2, 2]) tensor([0, 1])
    #> torch.Size([2, 2]) tensor([0, 0])
# --8<-- [end:right]
