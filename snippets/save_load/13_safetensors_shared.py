import torch
from safetensors.torch import load_file, load_model, save_file, save_model
from torch import nn

torch.manual_seed(0)


class TiedLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(10, 4)
        self.head = nn.Linear(4, 10, bias=False)
        self.head.weight = self.embed.weight


model = TiedLM()

# --8<-- [start:shared-error]
try:
    save_file(model.state_dict(), "tied.safetensors")
except RuntimeError as err:
    lines = [line.strip() for line in str(err).strip().splitlines()]
    print(f"{type(err).__name__}: {lines[0].split(': [')[0]}")
    #> RuntimeError: Some tensors share memory, this will lead to duplicate memory on disk and potential differences when loading them again
    print(lines[1])
    #> A potential way to correctly save your model is to use `save_model`.
# --8<-- [end:shared-error]

# --8<-- [start:save-model]
save_model(model, "tied.safetensors")
print(list(load_file("tied.safetensors")))
#> ['embed.weight']
restored = TiedLM()
missing, unexpected = load_model(restored, "tied.safetensors")
print(missing, unexpected)
#> set() []
print(restored.head.weight is restored.embed.weight)
#> True
print(torch.equal(restored.head.weight, model.head.weight))
#> True
# --8<-- [end:save-model]
