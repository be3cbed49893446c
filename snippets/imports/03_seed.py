import random

import numpy as np
import torch


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


seed_everything(123)
first = (random.random(), np.random.rand(), torch.rand(1).item())
seed_everything(123)
second = (random.random(), np.random.rand(), torch.rand(1).item())
print(first == second)
#> True
print(torch.initial_seed())
#> 123
