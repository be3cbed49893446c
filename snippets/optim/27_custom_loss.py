import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
predictions = torch.randn(4, requires_grad=True)
targets = torch.randn(4)


# --8<-- [start:function]
def mse(predictions, targets):
    return ((predictions - targets) ** 2).mean()


loss = mse(predictions, targets)
(grad,) = torch.autograd.grad(loss, predictions)
builtin = F.mse_loss(predictions, targets)
(builtin_grad,) = torch.autograd.grad(builtin, predictions)
print(loss.grad_fn.name(), torch.allclose(loss, builtin))
#> MeanBackward0 True
print(torch.allclose(grad, builtin_grad))
#> True
# --8<-- [end:function]


# --8<-- [start:module]
class CrossEntropy(nn.Module):
    def __init__(self, label_smoothing=0.0):
        super().__init__()
        self.label_smoothing = label_smoothing

    def forward(self, logits, labels):
        log_probs = logits.log_softmax(dim=1)
        picked = -log_probs.gather(1, labels.unsqueeze(1)).squeeze(1)
        uniform = -log_probs.mean(dim=1)
        smoothing = self.label_smoothing
        return ((1 - smoothing) * picked + smoothing * uniform).mean()


torch.manual_seed(0)
logits = torch.randn(3, 5, requires_grad=True)
labels = torch.tensor([1, 0, 4])
criterion = CrossEntropy(label_smoothing=0.1)
(grad,) = torch.autograd.grad(criterion(logits, labels), logits)
builtin = nn.CrossEntropyLoss(label_smoothing=0.1)
(builtin_grad,) = torch.autograd.grad(builtin(logits, labels), logits)
print(f"{criterion(logits, labels):.4f} {builtin(logits, labels):.4f}")
#> 2.6528 2.6528
print(torch.allclose(grad, builtin_grad))
#> True
# --8<-- [end:module]
