import warnings

import torch

# --8<-- [start:leaf]
x = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = x * 3
loss = hidden.sum()
print(x.is_leaf, hidden.is_leaf, loss.is_leaf)
#> True False False

loss.backward()
print(x.grad)
#> tensor([3., 3.])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(hidden.grad)
    #> None
print(str(caught[0].message).split(". ")[0])
#> The .grad attribute of a Tensor that is not a leaf Tensor is being accessed
# --8<-- [end:leaf]

# --8<-- [start:retain-grad]
x = torch.tensor([1.0, 2.0], requires_grad=True)
hidden = x * 3
hidden.retain_grad()
(hidden**2).sum().backward()
print(hidden.grad, x.grad)
#> tensor([ 6., 12.]) tensor([18., 36.])
# --8<-- [end:retain-grad]
