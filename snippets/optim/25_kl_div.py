import warnings

import torch
from torch import nn

torch.manual_seed(0)
log_probs = torch.log_softmax(torch.randn(2, 3), dim=1)
target_probs = torch.softmax(torch.randn(2, 3), dim=1)

# --8<-- [start:batchmean]
kl_per_sample = (target_probs * (target_probs.log() - log_probs)).sum(dim=1)
print(kl_per_sample.mean())
#> tensor(0.6142)
print(nn.KLDivLoss(reduction="batchmean")(log_probs, target_probs))
#> tensor(0.6142)
log_target = nn.KLDivLoss(reduction="batchmean", log_target=True)
print(log_target(log_probs, target_probs.log()))
#> tensor(0.6142)
# --8<-- [end:batchmean]

# --8<-- [start:mean-trap]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    default = nn.KLDivLoss()(log_probs, target_probs)
print(default, kl_per_sample.mean() / 3)
#> tensor(0.2047) tensor(0.2047)
print(str(caught[0].message).split(".")[0])
#> reduction: 'mean' divides the total loss by both the batch size and the support size
# --8<-- [end:mean-trap]
