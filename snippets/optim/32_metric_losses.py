import torch
import torch.nn.functional as F
from torch import nn

# --8<-- [start:triplet]
torch.manual_seed(0)
anchor, positive, negative = torch.randn(3, 4, 8).unbind(0)
criterion = nn.TripletMarginLoss(margin=1.0)
loss = criterion(anchor, positive, negative)
by_hand = F.relu(
    F.pairwise_distance(anchor, positive) - F.pairwise_distance(anchor, negative) + 1.0
).mean()
print(anchor.shape, f"{loss:.4f} {by_hand:.4f}")
#> torch.Size([4, 8]) 1.0627 1.0627
# --8<-- [end:triplet]

# --8<-- [start:cosine-embedding]
torch.manual_seed(0)
first, second = torch.randn(2, 3, 8).unbind(0)
similar = torch.tensor([1, -1, 1])
criterion = nn.CosineEmbeddingLoss(margin=0.0, reduction="none")
print(F.cosine_similarity(first, second).round(decimals=4))
#> tensor([ 0.4571,  0.1741, -0.6134])
print(criterion(first, second, similar).round(decimals=4))
#> tensor([0.5429, 0.1741, 1.6134])
# --8<-- [end:cosine-embedding]

# --8<-- [start:margin-ranking]
scores_a = torch.tensor([0.8, 0.2, 0.5])
scores_b = torch.tensor([0.3, 0.6, 0.5])
a_should_win = torch.tensor([1.0, 1.0, -1.0])
criterion = nn.MarginRankingLoss(margin=0.1)
print(criterion(scores_a, scores_b, a_should_win))
#> tensor(0.2000)
print(F.relu(-a_should_win * (scores_a - scores_b) + 0.1))
#> tensor([0.0000, 0.5000, 0.1000])
# --8<-- [end:margin-ranking]
