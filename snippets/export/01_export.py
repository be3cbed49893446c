import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return torch.relu(self.fc(x))


torch.manual_seed(0)
model = Net().eval()
example = torch.randn(3, 4)

# --8<-- [start:export]
exported = torch.export.export(model, (example,))
print(type(exported).__name__)
#> ExportedProgram
print(exported.graph_signature)
#>
#> # inputs
#> p_fc_weight: PARAMETER target='fc.weight'
#> p_fc_bias: PARAMETER target='fc.bias'
#> x: USER_INPUT
#>
#> # outputs
#> relu: USER_OUTPUT
# --8<-- [end:export]

# --8<-- [start:ops]
ops = [str(node.target) for node in exported.graph.nodes if node.op == "call_function"]
print(ops)
#> ['aten.linear.default', 'aten.relu.default']
print([spec.arg.name for spec in exported.graph_signature.input_specs])
#> ['p_fc_weight', 'p_fc_bias', 'x']
print(list(exported.state_dict))
#> ['fc.weight', 'fc.bias']
# --8<-- [end:ops]

# --8<-- [start:run]
module = exported.module()
print(torch.allclose(module(example), model(example)))
#> True
new_batch = torch.linspace(-1, 1, 12).reshape(3, 4)
print(torch.allclose(module(new_batch), model(new_batch)))
#> True
# --8<-- [end:run]

# --8<-- [start:decompose]
core = exported.run_decompositions()
print([str(node.target) for node in core.graph.nodes if node.op == "call_function"])
#> ['aten.permute.default', 'aten.addmm.default', 'aten.relu.default']
# --8<-- [end:decompose]
