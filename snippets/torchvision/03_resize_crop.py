import torch
from torchvision.transforms import v2

torch.manual_seed(0)
image = torch.randint(0, 256, (3, 40, 48), dtype=torch.uint8)

print(v2.Resize(20)(image).shape)
#> torch.Size([3, 20, 24])
print(v2.Resize((32, 32))(image).shape)
#> torch.Size([3, 32, 32])
print(v2.CenterCrop(24)(image).shape)
#> torch.Size([3, 24, 24])
print(v2.Compose([v2.Resize(32), v2.CenterCrop(32)])(image).shape)
#> torch.Size([3, 32, 32])
