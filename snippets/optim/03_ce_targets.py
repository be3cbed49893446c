import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(2, 3)

# --8<-- [start:index]
labels = torch.tensor([2, 0])
print(labels.dtype, labels.shape)
#> torch.int64 torch.Size([2])
print(F.cross_entropy(logits, labels))
#> tensor(2.0874)

try:
    F.cross_entropy(logits, torch.tensor([3, 0]))
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: Target 3 is out of bounds.
# --8<-- [end:index]

# --8<-- [start:probs]
target_probs = torch.tensor([[0.0, 0.2, 0.8], [1.0, 0.0, 0.0]])
print(target_probs.dtype, target_probs.shape)
#> torch.float32 torch.Size([2, 3])
print(F.cross_entropy(logits, target_probs))
#> tensor(1.8989)
print(F.cross_entropy(logits, F.one_hot(labels, num_classes=3).float()))
#> tensor(2.0874)
# --8<-- [end:probs]
