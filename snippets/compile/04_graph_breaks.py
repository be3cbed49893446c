import logging.handlers

import torch

torch.manual_seed(0)
inputs = torch.randn(5)
graphs = []


def count_graphs(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


# --8<-- [start:break]
def clipped(x):
    y = x.sin()
    if y.sum() > 0:
        y = y * 2
    return y.cos()


graphs.clear()
compiled = torch.compile(clipped, backend=count_graphs)
print(torch.allclose(compiled(inputs), clipped(inputs)), len(graphs))
#> True 2
# --8<-- [end:break]


# --8<-- [start:branchless]
def branchless(x):
    y = x.sin()
    y = torch.where(y.sum() > 0, y * 2, y)
    return y.cos()


graphs.clear()
compiled = torch.compile(branchless, backend=count_graphs)
print(torch.allclose(compiled(inputs), branchless(inputs)), len(graphs))
#> True 1
# --8<-- [end:branchless]


# --8<-- [start:item]
def normalise(x):
    total = x.abs().sum().item()
    return x / total


graphs.clear()
compiled = torch.compile(normalise, backend=count_graphs)
print(torch.allclose(compiled(inputs), normalise(inputs)), len(graphs))
#> True 2
# --8<-- [end:item]


# --8<-- [start:logs]
def clipped_again(x):
    y = x.sin()
    if y.sum() > 0:
        y = y * 2
    return y.cos()


captured = logging.handlers.BufferingHandler(capacity=100)
logging.getLogger("torch._dynamo").addHandler(captured)
torch._logging.set_logs(graph_breaks=True)
try:
    torch.compile(clipped_again, backend="eager")(inputs)
finally:
    torch._logging.set_logs()
    logging.getLogger("torch._dynamo").removeHandler(captured)
log_lines = captured.buffer[0].getMessage().splitlines()
print(log_lines[1])
#> Graph Break Reason: Data-dependent branching
hints = [line.strip() for line in log_lines if line.strip().startswith("Hint:")]
print(len(hints), hints[-1])
#> 3 Hint: Use `torch.cond` to express dynamic control flow.
#> [torch<2.12]
#> 2 Hint: Use `torch.cond` to express dynamic control flow.
# --8<-- [end:logs]
