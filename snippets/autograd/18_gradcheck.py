# --8<-- [start:ok]
import torch
from torch.autograd import gradcheck
from torch.autograd.gradcheck import GradcheckError

x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
print(gradcheck(lambda t: torch.sin(t) * t, (x,)))
#> True
# --8<-- [end:ok]


# --8<-- [start:wrong]
class WrongSquare(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x * x

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x


print(gradcheck(WrongSquare.apply, (x,), raise_exception=False))
#> False
try:
    gradcheck(WrongSquare.apply, (x,))
except GradcheckError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
#> GradcheckError: Jacobian mismatch for output 0 with respect to input 0,
# --8<-- [end:wrong]
