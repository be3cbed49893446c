import random

import numpy as np
import torch


# --8<-- [start:helper]
def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)  # (1)!


def draw():
    return random.random(), np.random.rand(), torch.rand(1).item()


seed_everything(0)
first = draw()
seed_everything(0)
print(first == draw())
#> True
print([round(value, 4) for value in first])
#> [0.8444, 0.5488, 0.4963]
# --8<-- [end:helper]

# --8<-- [start:separate]
seed_everything(0)
random.random()
print(torch.rand(1).item() == first[2])
#> True
# --8<-- [end:separate]
