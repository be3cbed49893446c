import torch


class Square(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x * x

    @staticmethod
    def setup_context(ctx, inputs, output):
        (x,) = inputs
        ctx.save_for_backward(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * 2 * x


x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
y = Square.apply(x)
print(y)
#> tensor([1., 4., 9.], grad_fn=<SquareBackward>)
y.sum().backward()
print(x.grad)
#> tensor([ 2., -4.,  6.])
print(torch.func.grad(lambda t: Square.apply(t).sum())(x.detach()))
#> tensor([ 2., -4.,  6.])
