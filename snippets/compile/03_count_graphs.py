import torch

torch.manual_seed(0)
inputs = torch.randn(5)

# --8<-- [start:backend]
graphs = []


def count_graphs(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


def smooth(x):
    return torch.sigmoid(x) * x + 1


compiled = torch.compile(smooth, backend=count_graphs)
print(torch.allclose(compiled(inputs), smooth(inputs)), len(graphs))
#> True 1
compiled(inputs)
print(len(graphs))
#> 1
# --8<-- [end:backend]

# --8<-- [start:graph]
print([node.op for node in graphs[0].graph.nodes])
#> ['placeholder', 'call_function', 'call_function', 'call_function', 'output']
print(
    [
        node.target.__name__
        for node in graphs[0].graph.nodes
        if node.op == "call_function"
    ]
)
#> ['sigmoid', 'mul', 'add']
# --8<-- [end:graph]
