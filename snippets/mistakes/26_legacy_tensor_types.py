import torch

# --8<-- [start:wrong]
print(torch.LongTensor([1, 2]), torch.FloatTensor([1, 2]))
#> tensor([1, 2]) tensor([1., 2.])
try:
    torch.FloatTensor([1.0, 2.0], device="cuda")
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: legacy constructor expects device type: cpu but device type: cuda was passed
try:
    torch.FloatTensor([1.0, 2.0], requires_grad=True)
except TypeError as err:
    print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
    #> TypeError: new() received an invalid combination of arguments - got (list, requires_grad=bool), but expected one of:
# --8<-- [end:wrong]

# --8<-- [start:right]
labels = torch.tensor([1, 2], dtype=torch.long)
weights = torch.tensor([1.0, 2.0], dtype=torch.float32, requires_grad=True)
accelerator = torch.accelerator.current_accelerator(check_available=True)
device = accelerator if accelerator is not None else torch.device("cpu")
on_device = torch.tensor([1.0, 2.0], device=device)
print(labels, weights, on_device.device.type == device.type)
#> tensor([1, 2]) tensor([1., 2.], requires_grad=True) True
print(labels.float(), labels.to(torch.float64).dtype)
#> tensor([1., 2.]) torch.float64
# --8<-- [end:right]
