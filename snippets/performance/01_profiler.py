import json

import torch
from torch import nn
from torch.profiler import ProfilerActivity, profile, record_function

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 2))
inputs = torch.randn(3, 8)

# --8<-- [start:profile]
with (
    profile(activities=[ProfilerActivity.CPU]) as prof,
    record_function("forward_pass"),
):
    model(inputs)

events = prof.key_averages()
names = [event.key for event in events]
print("forward_pass" in names, "aten::linear" in names, "aten::relu" in names)
#> True True True
counts = {event.key: event.count for event in events}
print(counts["forward_pass"], counts["aten::linear"], counts["aten::relu"])
#> 1 2 1
# --8<-- [end:profile]

# --8<-- [start:table]
with (
    profile(activities=[ProfilerActivity.CPU]) as prof,
    record_function("forward_pass"),
):
    model(inputs)
table = prof.key_averages().table(sort_by="cpu_time_total", row_limit=5)
print(table.splitlines()[1].rstrip())
#>                   Name    Self CPU %      Self CPU   CPU total %     CPU total  CPU time avg    # of Calls
print(table)
#> ...
# --8<-- [end:table]

# --8<-- [start:shapes]
with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
    model(inputs)
for event in prof.key_averages(group_by_input_shape=True):
    if event.key == "aten::linear":
        print(event.input_shapes[:2])
        #> [[3, 8], [4, 8]]
        #> [[3, 4], [2, 4]]
# --8<-- [end:shapes]

# --8<-- [start:trace]
with profile(activities=[ProfilerActivity.CPU]) as prof:
    model(inputs)
prof.export_chrome_trace("trace.json")
with open("trace.json") as trace_file:
    trace = json.load(trace_file)
print(any(event.get("name") == "aten::linear" for event in trace["traceEvents"]))
#> True
# --8<-- [end:trace]
