import torch
import torch.nn.functional as F

# --8<-- [start:logsumexp]
x = torch.tensor([1000.0, 999.0, 998.0])
print(torch.log(torch.exp(x).sum()))
#> tensor(inf)
print(torch.logsumexp(x, dim=0))
#> tensor(1000.4076)
m = x.max()
print(m + torch.log(torch.exp(x - m).sum()))
#> tensor(1000.4076)
# --8<-- [end:logsumexp]

# --8<-- [start:log-softmax]
logits = torch.tensor([[0.0, -200.0, 5.0], [1000.0, 0.0, 1.0]])
log_probs = logits - torch.logsumexp(logits, dim=1, keepdim=True)
print(log_probs)
#> tensor([[-5.0067e+00, -2.0501e+02, -6.7153e-03],
#>         [ 0.0000e+00, -1.0000e+03, -9.9900e+02]])
print(torch.allclose(log_probs, F.log_softmax(logits, dim=1)))
#> True
print(torch.log(torch.softmax(logits, dim=1)))
#> tensor([[-5.0067,    -inf, -0.0067],
#>         [ 0.0000,    -inf,    -inf]])
# --8<-- [end:log-softmax]

# --8<-- [start:log1p]
small = torch.tensor([1e-10])
print(torch.log(1 + small), torch.log1p(small))
#> tensor([0.]) tensor([1.0000e-10])
print(torch.exp(small) - 1, torch.expm1(small))
#> tensor([0.]) tensor([1.0000e-10])
# --8<-- [end:log1p]
