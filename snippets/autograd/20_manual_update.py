import torch

# --8<-- [start:error]
w = torch.tensor([0.0], requires_grad=True)
learning_rate = 0.1
loss = ((w - 3) ** 2).sum()
loss.backward()
try:
    w -= learning_rate * w.grad
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
#> RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
# --8<-- [end:error]

# --8<-- [start:no-grad]
for step in range(3):
    w.grad = None
    loss = ((w - 3) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= learning_rate * w.grad
    print(step, w)
    #> 0 tensor([0.6000], requires_grad=True)
    #> 1 tensor([1.0800], requires_grad=True)
    #> 2 tensor([1.4640], requires_grad=True)
# --8<-- [end:no-grad]
