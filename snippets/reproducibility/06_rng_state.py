import random

import numpy as np
import torch

torch.manual_seed(0)

# --8<-- [start:state]
state = torch.get_rng_state()
first = torch.rand(3)
torch.set_rng_state(state)
print(torch.equal(first, torch.rand(3)))
#> True
print(state.dtype, state.shape)
#> torch.uint8 torch.Size([5056])
# --8<-- [end:state]

# --8<-- [start:fork-rng]
torch.manual_seed(0)
with torch.random.fork_rng():
    torch.manual_seed(123)
    inside = torch.rand(2)
after = torch.rand(2)
torch.manual_seed(0)
print(torch.equal(after, torch.rand(2)))
#> True
# --8<-- [end:fork-rng]


# --8<-- [start:checkpoint]
def rng_states():
    states = {
        "python": random.getstate(),
        "numpy": np.random.get_state(),
        "torch": torch.get_rng_state(),
    }
    if torch.cuda.is_available():
        states["cuda"] = torch.cuda.get_rng_state_all()
    return states


def restore_rng_states(states):
    random.setstate(states["python"])
    np.random.set_state(states["numpy"])
    torch.set_rng_state(states["torch"])
    if "cuda" in states:
        torch.cuda.set_rng_state_all(states["cuda"])


torch.manual_seed(0)
torch.save({"rng": rng_states()}, "checkpoint.pth")
expected = (random.random(), np.random.rand(), torch.rand(1).item())

checkpoint = torch.load("checkpoint.pth", weights_only=False)
restore_rng_states(checkpoint["rng"])
print((random.random(), np.random.rand(), torch.rand(1).item()) == expected)
#> True
# --8<-- [end:checkpoint]
