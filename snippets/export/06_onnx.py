# requires: torch214
import numpy as np
import onnx
import onnxruntime
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).eval()
example = torch.randn(3, 4)

# --8<-- [start:export]
onnx_path = "model.onnx"
onnx_program = torch.onnx.export(
    model,
    (example,),
    onnx_path,
    dynamo=True,
    input_names=["x"],
    output_names=["y"],
    dynamic_shapes=({0: "batch"},),
    external_data=False,
    verbose=False,
)
print(type(onnx_program).__name__)
#> ONNXProgram
# --8<-- [end:export]

# --8<-- [start:check]
onnx_model = onnx.load(onnx_path)
onnx.checker.check_model(onnx_model)
print([node.op_type for node in onnx_model.graph.node])
#> ['Gemm', 'Relu', 'Gemm']
print([opset.version for opset in onnx_model.opset_import if opset.domain == ""])
#> [20]
# --8<-- [end:check]

# --8<-- [start:run]
session = onnxruntime.InferenceSession(onnx_path, providers=["CPUExecutionProvider"])
print([(arg.name, arg.shape) for arg in session.get_inputs()])
#> [('x', ['batch', 4])]
batch = torch.randn(5, 4)
(outputs,) = session.run(None, {"x": batch.numpy()})
print(outputs.shape, np.allclose(outputs, model(batch).detach().numpy(), atol=1e-6))
#> (5, 2) True
# --8<-- [end:run]
