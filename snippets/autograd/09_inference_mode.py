import torch

# --8<-- [start:mode]
w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.inference_mode():
    scores = w * 10
print(scores.requires_grad, scores.is_inference())
#> False True
# --8<-- [end:mode]

# --8<-- [start:later]
try:
    (scores * w).sum().backward()
except RuntimeError as err:
    print(str(err).split(". ")[0])
#> Inference tensors cannot be saved for backward
print((scores.clone() * w).sum())
#> tensor(50., grad_fn=<SumBackward0>)
# --8<-- [end:later]
