from pathlib import Path

import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
normalized = torch.rand(3, 40, 48) * 2 - 1

image = (normalized * 0.5 + 0.5).clamp(0, 1)
hwc = image.permute(1, 2, 0)
print(image.shape, "->", hwc.shape)
#> torch.Size([3, 40, 48]) -> torch.Size([40, 48, 3])
plt.figure(figsize=(2, 2))
plt.imshow(hwc.numpy())
plt.axis("off")
plt.savefig("rgb.png")
print(Path("rgb.png").exists())
#> True
