import torch
import torch.utils.data

torch.manual_seed(0)

# --8<-- [start:append]
outputs = torch.tensor([])
try:
    outputs.append(torch.ones(2))
except AttributeError as err:
    print(f"{type(err).__name__}: {err}")
    #> AttributeError: 'Tensor' object has no attribute 'append'
outputs = []
for step in range(3):
    outputs.append(torch.ones(2) * step)
print(torch.stack(outputs).shape, torch.cat(outputs).shape)
#> torch.Size([3, 2]) torch.Size([6])
# --8<-- [end:append]

# --8<-- [start:module-not-callable]
dataset = [1, 2, 3, 4]
try:
    torch.utils.data.dataloader(dataset, batch_size=2)
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: 'module' object is not callable
print(next(iter(torch.utils.data.DataLoader(dataset, batch_size=2))))
#> tensor([1, 2])
# --8<-- [end:module-not-callable]

# --8<-- [start:one-element]
batch_losses = [torch.tensor([0.5, 0.25]), torch.tensor([0.75, 1.0])]
try:
    torch.tensor(batch_losses)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: only one element tensors can be converted to Python scalars
try:
    batch_losses[0].item()
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: a Tensor with 2 elements cannot be converted to Scalar
print(torch.stack(batch_losses))
#> tensor([[0.5000, 0.2500],
#>         [0.7500, 1.0000]])
print(torch.stack(batch_losses).mean().item())
#> 0.625
# --8<-- [end:one-element]

# --8<-- [start:ambiguous]
predictions = torch.tensor([1, 0, 2])
labels = torch.tensor([1, 0, 1])
try:
    if predictions == labels:
        print("all correct")
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Boolean value of Tensor with more than one value is ambiguous
print((predictions == labels).all(), torch.equal(predictions, labels))
#> tensor(False) False
print((predictions == labels).float().mean())
#> tensor(0.6667)
# --8<-- [end:ambiguous]
