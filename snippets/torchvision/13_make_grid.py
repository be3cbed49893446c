from pathlib import Path

import matplotlib.pyplot as plt
import torch
from torchvision.utils import make_grid, save_image

torch.manual_seed(0)
images = torch.rand(8, 3, 28, 28)

grid = make_grid(images, nrow=4, padding=2)
print(grid.shape)
#> torch.Size([3, 62, 122])
plt.figure(figsize=(4, 2))
plt.imshow(grid.permute(1, 2, 0).numpy())
plt.axis("off")
plt.savefig("grid.png")

save_image(images, "batch.png", nrow=4)
print(Path("grid.png").exists(), Path("batch.png").exists())
#> True True
