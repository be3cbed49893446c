# requires: cuda
import pickle

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(1024, 4096), nn.ReLU(), nn.Linear(4096, 1024)).cuda()
inputs = torch.randn(256, 1024, device="cuda")

torch.cuda.reset_peak_memory_stats()
torch.cuda.memory._record_memory_history(max_entries=100_000)
for _ in range(3):
    model(inputs).sum().backward()
torch.cuda.memory._dump_snapshot("snapshot.pickle")
torch.cuda.memory._record_memory_history(enabled=None)

print(f"peak {torch.cuda.max_memory_allocated() / 2**20:.0f} MiB")
#> ...
with open("snapshot.pickle", "rb") as snapshot_file:
    snapshot = pickle.load(snapshot_file)
print("segments" in snapshot, len(snapshot["device_traces"][0]) > 0)
#> ...
