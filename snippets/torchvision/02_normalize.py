import torch
from torchvision.transforms import v2

# --8<-- [start:formula]
x = torch.tensor([[[0.0, 0.25], [0.75, 1.0]]])
normalized = v2.Normalize((0.5,), (0.5,))(x)
print(normalized)
#> tensor([[[-1.0000, -0.5000],
#>          [ 0.5000,  1.0000]]])
print(torch.equal(normalized, (x - 0.5) / 0.5))
#> True
# --8<-- [end:formula]

# --8<-- [start:rgb]
imagenet = v2.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225])
rgb = torch.full((3, 2, 2), 0.5)
print(imagenet(rgb)[:, 0, 0])
#> tensor([0.0655, 0.1964, 0.4178])
# --8<-- [end:rgb]

# --8<-- [start:undo]
restored = normalized * 0.5 + 0.5
print(torch.equal(restored, x))
#> True
# --8<-- [end:undo]
