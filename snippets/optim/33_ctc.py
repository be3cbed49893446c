import torch
from torch import nn

# --8<-- [start:ctc]
torch.manual_seed(0)
time_steps, batch, classes = 12, 2, 6
log_probs = torch.randn(time_steps, batch, classes).log_softmax(dim=2)
targets = torch.tensor([[1, 2, 2, 3], [4, 5, 0, 0]])
input_lengths = torch.tensor([12, 10])
target_lengths = torch.tensor([4, 2])
criterion = nn.CTCLoss(blank=0)
loss = criterion(log_probs, targets, input_lengths, target_lengths)
print(log_probs.shape, targets.shape, f"{loss:.4f}")
#> torch.Size([12, 2, 6]) torch.Size([2, 4]) 5.3498
# --8<-- [end:ctc]

# --8<-- [start:too-short]
short_lengths = torch.tensor([4, 4])
print(criterion(log_probs, targets, short_lengths, target_lengths))
#> tensor(inf)
forgiving = nn.CTCLoss(blank=0, zero_infinity=True)
print(f"{forgiving(log_probs, targets, short_lengths, target_lengths):.4f}")
#> 1.2896
# --8<-- [end:too-short]
