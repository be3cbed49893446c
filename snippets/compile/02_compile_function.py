import torch

torch.manual_seed(0)
inputs = torch.randn(5)


# --8<-- [start:function]
def gelu_tanh(x):
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


compiled_gelu = torch.compile(gelu_tanh, backend="aot_eager")
print(torch.allclose(compiled_gelu(inputs), gelu_tanh(inputs)))
#> True
reference = torch.nn.functional.gelu(inputs, approximate="tanh")
print(torch.allclose(compiled_gelu(inputs), reference))
#> True
# --8<-- [end:function]


# --8<-- [start:decorator]
@torch.compile(backend="eager")
def scaled_sum(x, scale):
    return (x * scale).sum()


print(scaled_sum(inputs, 2.0), (inputs * 2.0).sum())
#> tensor(-2.8946) tensor(-2.8946)
# --8<-- [end:decorator]

# --8<-- [start:backends]
print(torch.compiler.list_backends())
#> ['cudagraphs', 'inductor', 'openxla', 'tvm']
# --8<-- [end:backends]

# --8<-- [start:modes]
print(list(torch._inductor.list_mode_options()))
#> ['default', 'lite', 'reduce-overhead', 'max-autotune-no-cudagraphs', 'max-autotune']
print(torch._inductor.list_mode_options("max-autotune"))
#> {'max_autotune': True, 'triton.cudagraphs': True, 'coordinate_descent_tuning': True}
# --8<-- [end:modes]
