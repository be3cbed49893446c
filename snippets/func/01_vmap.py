import torch
from torch.func import vmap

torch.manual_seed(0)
weight = torch.randn(3, 4)
batch = torch.randn(5, 4)


# --8<-- [start:one-sample]
def score(sample):
    assert sample.dim() == 1, "written for one sample of shape (4,)"
    return torch.dot(weight @ sample, weight @ sample)


batched_score = vmap(score)
print(batched_score(batch).shape)
#> torch.Size([5])
looped = torch.stack([score(sample) for sample in batch])
print(torch.allclose(batched_score(batch), looped))
#> True
# --8<-- [end:one-sample]


# --8<-- [start:in-dims]
def affine(sample, scale, shift):
    return sample * scale + shift


scales = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
shift = torch.ones(4)
out = vmap(affine, in_dims=(0, 0, None))(batch, scales, shift)
print(out.shape)
#> torch.Size([5, 4])
print(torch.allclose(out, batch * scales[:, None] + shift))
#> True

columns = torch.arange(6.0).reshape(2, 3)
print(vmap(torch.sum, in_dims=1)(columns))
#> tensor([3., 5., 7.])
# --8<-- [end:in-dims]


# --8<-- [start:out-dims]
def stats(sample):
    return torch.stack([sample.mean(), sample.std()])


print(vmap(stats)(batch).shape)
#> torch.Size([5, 2])
print(vmap(stats, out_dims=1)(batch).shape)
#> torch.Size([2, 5])
mean, std = vmap(lambda sample: (sample.mean(), sample.std()))(batch)
print(mean.shape, std.shape)
#> torch.Size([5]) torch.Size([5])
# --8<-- [end:out-dims]
