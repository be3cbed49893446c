import torch

# --8<-- [start:detach]
w = torch.tensor([1.0, 2.0], requires_grad=True)
scaled = w * 2
snapshot = scaled.detach()
print(snapshot, snapshot.requires_grad, snapshot.grad_fn)
#> tensor([2., 4.]) False None
snapshot[0] = 100.0
print(scaled)
#> tensor([100.,   4.], grad_fn=<MulBackward0>)
# --8<-- [end:detach]

# --8<-- [start:numpy]
try:
    w.numpy()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
#> RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
print(w.detach().numpy())
#> [1. 2.]
print(w.numpy(force=True))
#> [1. 2.]
# --8<-- [end:numpy]
