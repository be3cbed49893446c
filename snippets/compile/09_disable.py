import torch

torch.manual_seed(0)
inputs = torch.randn(5)
graphs = []


def count_graphs(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


# --8<-- [start:disable]
@torch.compiler.disable
def log_stats(x):
    return x.mean()


def forward(x):
    y = x.sin()
    log_stats(y)
    return y.cos()


graphs.clear()
compiled = torch.compile(forward, backend=count_graphs)
print(torch.allclose(compiled(inputs), forward(inputs)), len(graphs))
#> True 2
# --8<-- [end:disable]


# --8<-- [start:is-compiling]
def tagged(x):
    return x + 1 if torch.compiler.is_compiling() else x - 1


print(tagged(torch.zeros(1)), torch.compile(tagged, backend="eager")(torch.zeros(1)))
#> tensor([-1.]) tensor([1.])
# --8<-- [end:is-compiling]
