import torch
from torch.utils.data import DataLoader, TensorDataset

accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
dataset = TensorDataset(torch.arange(8.0).reshape(4, 2), torch.arange(4))
loader = DataLoader(dataset, batch_size=2, pin_memory=torch.accelerator.is_available())

torch.manual_seed(0)
for features, labels in loader:
    features = features.to(device, non_blocking=True)
    labels = labels.to(device, non_blocking=True)
print(features.device.type == device.type, features.shape)
#> True torch.Size([2, 2])
