import torch

# --8<-- [start:cuda]
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(device)
#> cpu
#> [cuda]
#> cuda
# --8<-- [end:cuda]

# --8<-- [start:accelerator]
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
print(device)
#> cpu
#> [cuda]
#> cuda
# --8<-- [end:accelerator]
