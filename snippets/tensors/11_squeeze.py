import torch

batch_of_one = torch.zeros(1, 1, 28, 28)
print(batch_of_one.squeeze().shape)
#> torch.Size([28, 28])
print(batch_of_one.squeeze(0).shape)
#> torch.Size([1, 28, 28])
print(batch_of_one.squeeze(2).shape)
#> torch.Size([1, 1, 28, 28])
