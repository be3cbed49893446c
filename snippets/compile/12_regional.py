import warnings

import torch
import torch.nn.functional as F
from torch import nn

warnings.filterwarnings("ignore", "The .grad attribute of a Tensor that is not a leaf")

graphs = []


def count_graphs(gm, example_inputs):
    graphs.append(gm)
    return gm.forward


def layer_norms(gm):
    return sum(node.target is F.layer_norm for node in gm.graph.nodes)


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(8)
        self.mlp = nn.Linear(8, 8)

    def forward(self, x):
        return x + self.mlp(self.norm(x)).relu()


# --8<-- [start:regional]
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), *[Block() for _ in range(6)])
for block in model[1:]:
    block.compile(backend=count_graphs)
outputs = model(torch.randn(2, 4))
print(outputs.shape, len(graphs), layer_norms(graphs[0]))
#> torch.Size([2, 8]) 1 1
# --8<-- [end:regional]

# --8<-- [start:whole]
torch.manual_seed(0)
whole = nn.Sequential(nn.Linear(4, 8), *[Block() for _ in range(6)])
graphs.clear()
torch.compile(whole, backend=count_graphs)(torch.randn(2, 4))
print(len(graphs), layer_norms(graphs[0]))
#> 1 6
# --8<-- [end:whole]
