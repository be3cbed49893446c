import torch

batch = torch.ones(8, 2, 3)
others = torch.ones(8, 3, 4)
print((batch @ others).shape)
#> torch.Size([8, 2, 4])
print(torch.bmm(batch, others).shape)
#> torch.Size([8, 2, 4])

weights = torch.ones(3, 5)
print((batch @ weights).shape)
#> torch.Size([8, 2, 5])
print((torch.ones(8, 1, 2, 3) @ torch.ones(6, 3, 4)).shape)
#> torch.Size([8, 6, 2, 4])
