import torch

scores = torch.tensor([[3, -1, 4], [-1, 5, -9]])
positive = scores > 0
print(positive)
#> tensor([[ True, False,  True],
#>         [False,  True, False]])
print(scores[positive])
#> tensor([3, 4, 5])
print(scores[(scores > 0) & (scores < 5)])
#> tensor([3, 4])
print(torch.where(positive, scores, 0))
#> tensor([[3, 0, 4],
#>         [0, 5, 0]])
print(positive.sum())
#> tensor(3)
