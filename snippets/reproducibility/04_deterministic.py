import warnings

import torch

target = torch.zeros(3)
indices = torch.tensor([0, 0])
values = torch.tensor([1.0, 2.0])

# --8<-- [start:enable]
torch.use_deterministic_algorithms(True)
try:
    print(torch.are_deterministic_algorithms_enabled())
    #> True
    target.put_(torch.tensor([0, 1]), values)
except RuntimeError as err:
    print(str(err).split(". ")[0])
    #> put_ does not have a deterministic implementation, but you set 'torch.use_deterministic_algorithms(True)'
finally:
    torch.use_deterministic_algorithms(False)
# --8<-- [end:enable]

# --8<-- [start:accumulate]
torch.use_deterministic_algorithms(True)
try:
    print(torch.zeros(3).put_(indices, values, accumulate=True))
    #> tensor([3., 0., 0.])
finally:
    torch.use_deterministic_algorithms(False)
# --8<-- [end:accumulate]

# --8<-- [start:warn-only]
torch.use_deterministic_algorithms(True, warn_only=True)
try:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torch.zeros(3).put_(indices, values)
finally:
    torch.use_deterministic_algorithms(False)
print(caught[0].category.__name__, str(caught[0].message).split(",")[0])
#> UserWarning put_ does not have a deterministic implementation
# --8<-- [end:warn-only]

# --8<-- [start:fill]
torch.use_deterministic_algorithms(True)
try:
    print(torch.empty(3))
    #> tensor([nan, nan, nan])
finally:
    torch.use_deterministic_algorithms(False)
# --8<-- [end:fill]
