import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.requires_grad_(False)
print(w.requires_grad, (w * 2).requires_grad)
#> False False
