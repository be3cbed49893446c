import torch

torch.manual_seed(0)

# --8<-- [start:state]
state = torch.get_rng_state()
first = torch.rand(3)
torch.set_rng_state(state)
print(torch.equal(first, torch.rand(3)))
#> True
print(state.dtype, state.shape)
#> torch.uint8 torch.Size([5056])
# --8<-- [end:state]

# --8<-- [start:fork-rng]
torch.manual_seed(0)
with torch.random.fork_rng():
    torch.manual_seed(123)
    inside = torch.rand(2)
after = torch.rand(2)
torch.manual_seed(0)
print(torch.equal(after, torch.rand(2)))
#> True
# --8<-- [end:fork-rng]
