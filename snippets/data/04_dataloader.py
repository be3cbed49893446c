import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
dataset = TensorDataset(torch.arange(10.0).unsqueeze(1), torch.arange(10))

# --8<-- [start:batch]
loader = DataLoader(dataset, batch_size=4)
for features, labels in loader:
    print(features.shape, labels)
    #> torch.Size([4, 1]) tensor([0, 1, 2, 3])
    #> torch.Size([4, 1]) tensor([4, 5, 6, 7])
    #> torch.Size([2, 1]) tensor([8, 9])
# --8<-- [end:batch]

# --8<-- [start:shuffle]
train_loader = DataLoader(
    dataset,
    batch_size=4,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
)
for epoch in range(2):
    print(epoch, [labels.tolist() for _, labels in train_loader])
    #> 0 [[3, 7, 5, 2], [0, 8, 1, 6], [9, 4]]
    #> 1 [[1, 3, 2, 7], [5, 9, 0, 6], [4, 8]]
# --8<-- [end:shuffle]

# --8<-- [start:test]
test_loader = DataLoader(dataset, batch_size=4, shuffle=False)
print([labels.tolist() for _, labels in test_loader])
#> [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
# --8<-- [end:test]
