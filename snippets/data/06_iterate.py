import torch
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
all_images = torch.rand(150, 1, 28, 28)
all_labels = torch.randint(0, 10, (150,))
loader = DataLoader(TensorDataset(all_images, all_labels), batch_size=64, shuffle=True)

# --8<-- [start:count]
seen = 0
for images, labels in loader:
    seen += len(labels)
    last_shape = images.shape
print(seen, len(loader.dataset), len(loader), last_shape)
#> 150 150 3 torch.Size([22, 1, 28, 28])
# --8<-- [end:count]

# --8<-- [start:enumerate]
for batch_index, (images, labels) in enumerate(loader):
    print(batch_index, images.shape, labels.shape)
    #> 0 torch.Size([64, 1, 28, 28]) torch.Size([64])
    #> 1 torch.Size([64, 1, 28, 28]) torch.Size([64])
    #> 2 torch.Size([22, 1, 28, 28]) torch.Size([22])
# --8<-- [end:enumerate]
