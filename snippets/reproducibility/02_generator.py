import torch

# --8<-- [start:generator]
generator = torch.Generator().manual_seed(42)
print(torch.rand(3, generator=generator))
#> tensor([0.8823, 0.9150, 0.3829])
print(generator.initial_seed())
#> 42
# --8<-- [end:generator]

# --8<-- [start:independent]
torch.manual_seed(0)
expected = torch.rand(2)

torch.manual_seed(0)
own = torch.Generator().manual_seed(1)
torch.randn(1000, generator=own)
print(torch.equal(torch.rand(2), expected))
#> True
# --8<-- [end:independent]

# --8<-- [start:state]
own = torch.Generator().manual_seed(1)
saved = own.get_state()
first = torch.randint(0, 10, (5,), generator=own)
own.set_state(saved)
print(first, torch.randint(0, 10, (5,), generator=own))
#> tensor([5, 9, 4, 8, 3]) tensor([5, 9, 4, 8, 3])
# --8<-- [end:state]

# --8<-- [start:randperm]
shuffle = torch.Generator().manual_seed(0)
print(torch.randperm(6, generator=shuffle))
#> tensor([2, 5, 3, 0, 1, 4])
print(torch.randperm(6, generator=torch.Generator().manual_seed(0)))
#> tensor([2, 5, 3, 0, 1, 4])
# --8<-- [end:randperm]
