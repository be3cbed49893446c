import torch

torch.manual_seed(0)
logits = torch.randn(6, 10)
labels = torch.tensor([3, 7, 0, 2, 9, 5])

top5 = logits.topk(5, dim=1).indices
print(top5.shape)
#> torch.Size([6, 5])
hits = (top5 == labels.unsqueeze(1)).any(dim=1)
print(hits)
#> tensor([False, False,  True, False,  True,  True])
print(hits.float().mean().item())
#> 0.5
top1 = (logits.argmax(dim=1) == labels).float().mean()
print(f"{top1:.4f}")
#> 0.1667
