import torch

x = torch.tensor([-3.0, -0.5, 0.5, 3.0])

# --8<-- [start:clamp]
print(x.clamp(min=-1.0, max=1.0))
#> tensor([-1.0000, -0.5000,  0.5000,  1.0000])
print(torch.equal(x.clamp(min=0), torch.relu(x)))
#> True
print(x.clamp(max=torch.tensor([0.0, 0.0, 1.0, 1.0])))
#> tensor([-3.0000, -0.5000,  0.5000,  1.0000])
print(torch.tensor([1, 2, 3]).clamp(min=1.5))
#> tensor([1.5000, 2.0000, 3.0000])
# --8<-- [end:clamp]
