import torch
from torch.func import vmap

torch.manual_seed(0)
points = torch.randn(4, 3)
centers = torch.randn(2, 3)


# --8<-- [start:nested]
def distance(a, b):
    return (a - b).norm()


pairwise = vmap(vmap(distance, in_dims=(None, 0)), in_dims=(0, None))
print(pairwise(points, centers).shape)
#> torch.Size([4, 2])
print(torch.allclose(pairwise(points, centers), torch.cdist(points, centers)))
#> True
# --8<-- [end:nested]

# --8<-- [start:chunk-size]
big_batch = torch.randn(1000, 3)
all_at_once = vmap(distance, in_dims=(0, None))(big_batch, centers[0])
in_chunks = vmap(distance, in_dims=(0, None), chunk_size=100)(big_batch, centers[0])
print(in_chunks.shape, torch.equal(all_at_once, in_chunks))
#> torch.Size([1000]) True
# --8<-- [end:chunk-size]


# --8<-- [start:randomness]
def add_noise(sample):
    return sample + torch.randn(3)


try:
    vmap(add_noise)(points)
except RuntimeError as err:
    print(f"{type(err).__name__}: {str(err).split('. ')[0]}")
    #> RuntimeError: vmap: called random operation while in randomness error mode
torch.manual_seed(0)
same = vmap(add_noise, randomness="same")(points) - points
print(torch.allclose(same[0], same[1]))
#> True
different = vmap(add_noise, randomness="different")(points) - points
print(torch.allclose(different[0], different[1]))
#> False
# --8<-- [end:randomness]
