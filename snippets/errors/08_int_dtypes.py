import torch
import torch.nn.functional as F

torch.manual_seed(0)

# --8<-- [start:target-long]
logits = torch.zeros(4, 3)
float_labels = torch.tensor([0.0, 2.0, 1.0, 0.0])
try:
    F.cross_entropy(logits, float_labels)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: expected target dtype to be Long or Byte, but got Float
    #> [torch<2.12]
    #> RuntimeError: expected scalar type Long but found Float
print(F.cross_entropy(logits, float_labels.long()))
#> tensor(1.0986)
# --8<-- [end:target-long]

# --8<-- [start:one-hot-target]
logits = torch.zeros(4, 3)
one_hot = F.one_hot(torch.tensor([0, 2, 1, 0]), num_classes=3)
try:
    F.cross_entropy(logits, one_hot)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected floating point type for target with class probabilities, got Long
print(F.cross_entropy(logits, one_hot.argmax(dim=1)))
#> tensor(1.0986)
print(F.cross_entropy(logits, one_hot.float()))
#> tensor(1.0986)
# --8<-- [end:one-hot-target]

# --8<-- [start:cast-long]
counts = torch.arange(4)
try:
    counts += 0.5
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: result type Float can't be cast to the desired output type Long
print(counts.float() + 0.5)
#> tensor([0.5000, 1.5000, 2.5000, 3.5000])
# --8<-- [end:cast-long]
