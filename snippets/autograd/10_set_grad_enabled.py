import torch

# --8<-- [start:enable-grad]
w = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    frozen = w * 2
    with torch.enable_grad():
        tracked = w * 2
print(frozen.requires_grad, tracked.requires_grad)
#> False True
# --8<-- [end:enable-grad]

# --8<-- [start:set-grad-enabled]
for is_train in (True, False):
    with torch.set_grad_enabled(is_train):
        out = w * 2
    print(is_train, out.requires_grad)
    #> True True
    #> False False
print(torch.is_grad_enabled())
#> True
# --8<-- [end:set-grad-enabled]
