import torch

# --8<-- [start:error]
w = torch.tensor([2.0], requires_grad=True)
loss = torch.sigmoid(3 * w).sum()
loss.backward()
try:
    loss.backward()
except RuntimeError as err:
    print(str(err).split(". ")[0])
#> Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed)
# --8<-- [end:error]

# --8<-- [start:retain]
w = torch.tensor([2.0], requires_grad=True)
loss = torch.sigmoid(3 * w).sum()
loss.backward(retain_graph=True)
loss.backward()
print(w.grad)
#> tensor([0.0148])
# --8<-- [end:retain]
