import torch

# --8<-- [start:accumulate]
w = torch.tensor([1.0, 2.0], requires_grad=True)
for step in range(3):
    loss = (3 * w).sum()
    loss.backward()
    print(step, w.grad)
    #> 0 tensor([3., 3.])
    #> 1 tensor([6., 6.])
    #> 2 tensor([9., 9.])
# --8<-- [end:accumulate]

# --8<-- [start:zero]
w.grad.zero_()
print(w.grad)
#> tensor([0., 0.])
w.grad = None
print(w.grad)
#> None
(3 * w).sum().backward()
print(w.grad)
#> tensor([3., 3.])
# --8<-- [end:zero]

# --8<-- [start:module]
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
model(torch.ones(1, 2)).sum().backward()
print(model.weight.grad)
#> tensor([[1., 1.]])
model.zero_grad()
print(model.weight.grad)
#> None
# --8<-- [end:module]
