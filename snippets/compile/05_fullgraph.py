import torch

torch.manual_seed(0)
inputs = torch.randn(5)


# --8<-- [start:error]
def clipped(x):
    y = x.sin()
    if y.sum() > 0:
        y = y * 2
    return y.cos()


try:
    torch.compile(clipped, backend="eager", fullgraph=True)(inputs)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> Unsupported: Data-dependent branching
    print(isinstance(err, RuntimeError))
    #> True
# --8<-- [end:error]


# --8<-- [start:ok]
def branchless(x):
    y = x.sin()
    y = torch.where(y.sum() > 0, y * 2, y)
    return y.cos()


compiled = torch.compile(branchless, backend="eager", fullgraph=True)
print(torch.allclose(compiled(inputs), branchless(inputs)))
#> True
# --8<-- [end:ok]
