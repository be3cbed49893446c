import torch

print(torch.device("cuda") == torch.device("cuda:0"))
#> False
print(torch.device("cuda").index, torch.device("cuda:0").index)
#> None 0
print(torch.device("cuda").type == torch.device("cuda:0").type)
#> True
