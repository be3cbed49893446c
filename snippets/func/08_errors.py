import torch
from torch.func import vmap

torch.manual_seed(0)
batch = torch.randn(4, 3)


# --8<-- [start:item]
def normalize(sample):
    return sample / sample.abs().max().item()


try:
    vmap(normalize)(batch)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split('. ')[0]}")
    #> RuntimeError: vmap: It looks like you're calling .item() on a Tensor
fixed = vmap(lambda sample: sample / sample.abs().max())(batch)
print(torch.allclose(fixed, batch / batch.abs().amax(dim=1, keepdim=True)))
#> True
# --8<-- [end:item]


# --8<-- [start:control-flow]
def flip_if_negative(sample):
    if sample.sum() < 0:
        return -sample
    return sample


try:
    vmap(flip_if_negative)(batch)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split('. ')[0]}")
    #> RuntimeError: vmap: It looks like you're attempting to use a Tensor in some data-dependent control flow
flipped = vmap(lambda sample: torch.where(sample.sum() < 0, -sample, sample))(batch)
print(torch.equal(flipped, torch.stack([flip_if_negative(s) for s in batch])))
#> True
# --8<-- [end:control-flow]

# --8<-- [start:in-place]
total = torch.zeros(3)


def accumulate(sample):
    total.add_(sample)
    return total


try:
    vmap(accumulate)(batch)
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: output with shape [3] doesn't match the broadcast shape [4, 3]
print(vmap(lambda sample: total + sample)(batch).shape)
#> torch.Size([4, 3])
# --8<-- [end:in-place]
