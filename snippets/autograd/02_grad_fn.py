import torch

# --8<-- [start:grad-fn]
x = torch.tensor([1.0, 2.0], requires_grad=True)
constant = torch.tensor([3.0, 4.0])
y = x * constant
loss = y.pow(2).mean()
print(y)
#> tensor([3., 8.], grad_fn=<MulBackward0>)
print(x.grad_fn, constant.grad_fn)
#> None None
print(y.grad_fn.name(), loss.grad_fn.name())
#> MulBackward0 MeanBackward0
# --8<-- [end:grad-fn]

# --8<-- [start:graph]
node = loss.grad_fn
while node is not None:
    print(node.name())
    #> MeanBackward0
    #> PowBackward0
    #> MulBackward0
    #> torch::autograd::AccumulateGrad
    node = node.next_functions[0][0] if node.next_functions else None
# --8<-- [end:graph]

# --8<-- [start:none]
with torch.no_grad():
    untracked = x * constant
print(untracked.grad_fn, (constant * 2).grad_fn)
#> None None
print(untracked.is_leaf, untracked.requires_grad)
#> True False
# --8<-- [end:none]
