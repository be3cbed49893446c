import torch
from torch.utils.data import DataLoader, TensorDataset

X_train = torch.tensor(
    [[-1.2, 3.1], [-0.9, 2.9], [-0.5, 2.6], [2.3, -1.1], [2.7, -1.5]]
)
y_train = torch.tensor([0, 0, 0, 1, 1])
train_ds = TensorDataset(X_train, y_train)

torch.manual_seed(123)
keep_last = DataLoader(train_ds, batch_size=2, shuffle=True)
drop_last = DataLoader(train_ds, batch_size=2, shuffle=True, drop_last=True)
print(len(keep_last), [labels.tolist() for _, labels in keep_last])
#> 3 [[1, 0], [0, 0], [1]]
print(len(drop_last), [labels.tolist() for _, labels in drop_last])
#> 2 [[0, 0], [1, 0]]
