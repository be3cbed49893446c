import torch

graphs = []


def count_graphs(gm, example_inputs):
    shapes = [tuple(t.shape) for t in example_inputs if isinstance(t, torch.Tensor)]
    graphs.append(shapes)
    return gm.forward


# --8<-- [start:shapes]
def double_sum(x):
    return (x * 2).sum()


graphs.clear()
compiled = torch.compile(double_sum, backend=count_graphs)
for size in (2, 3, 4, 5, 1, 0, 7):
    compiled(torch.ones(size))
print(len(graphs), graphs)
#> 4 [[(2,)], [(3,)], [(1,)], [(0,)]]
# --8<-- [end:shapes]


# --8<-- [start:static]
def triple_sum(x):
    return (x * 3).sum()


graphs.clear()
compiled = torch.compile(triple_sum, backend=count_graphs, dynamic=False)
for size in (2, 3, 4, 5):
    compiled(torch.ones(size))
print(len(graphs), graphs)
#> 4 [[(2,)], [(3,)], [(4,)], [(5,)]]
# --8<-- [end:static]


# --8<-- [start:dynamic]
def half_sum(x):
    return (x / 2).sum()


graphs.clear()
compiled = torch.compile(half_sum, backend=count_graphs, dynamic=True)
for size in (2, 3, 4, 5):
    compiled(torch.ones(size))
print(len(graphs))
#> 1
# --8<-- [end:dynamic]


# --8<-- [start:dtype]
def square_sum(x):
    return (x * x).sum()


graphs.clear()
compiled = torch.compile(square_sum, backend=count_graphs)
compiled(torch.ones(3))
compiled(torch.ones(3, dtype=torch.float64))
compiled(torch.ones(3, requires_grad=True))
compiled(torch.ones(3))
print(len(graphs))
#> 3
# --8<-- [end:dtype]


# --8<-- [start:reset]
def cube_sum(x):
    return (x**3).sum()


graphs.clear()
compiled = torch.compile(cube_sum, backend=count_graphs)
compiled(torch.ones(3))
compiled(torch.ones(3))
torch.compiler.reset()
compiled(torch.ones(3))
print(len(graphs))
#> 2
# --8<-- [end:reset]
