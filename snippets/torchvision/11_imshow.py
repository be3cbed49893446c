from pathlib import Path

import matplotlib.pyplot as plt
import torch

torch.manual_seed(0)
image = torch.rand(1, 28, 28) * 2 - 1
print(image.squeeze().shape)
#> torch.Size([28, 28])

plt.figure(figsize=(2, 2))
plt.imshow(image.squeeze().numpy(), cmap="Greys_r")
plt.axis("off")
plt.savefig("image.png")
print(Path("image.png").exists())
#> True
