import torch
import torchvision.transforms.v2 as T

torch.manual_seed(0)
image = torch.randint(0, 256, (3, 40, 48), dtype=torch.uint8)

print(T.Resize(20)(image).shape)
#> torch.Size([3, 20, 24])
print(T.Resize((32, 32))(image).shape)
#> torch.Size([3, 32, 32])
print(T.CenterCrop(24)(image).shape)
#> torch.Size([3, 24, 24])
print(T.Compose([T.Resize(32), T.CenterCrop(32)])(image).shape)
#> torch.Size([3, 32, 32])
