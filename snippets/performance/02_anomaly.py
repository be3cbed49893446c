import warnings

import torch

# --8<-- [start:nan]
x = torch.tensor([0.0, 4.0], requires_grad=True)
loss = (x.sqrt() * 0).sum()
loss.backward()
print(x.grad)
#> tensor([nan, 0.])
# --8<-- [end:nan]

# --8<-- [start:detect]
x = torch.tensor([0.0, 4.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        with torch.autograd.detect_anomaly():
            y = x.sqrt()
            loss = (y * 0).sum()
            loss.backward()
    except RuntimeError as err:
        print(f"{type(err).__name__}: {err}")
        #> RuntimeError: Function 'SqrtBackward0' returned nan values in its 0th output.
print(torch.is_anomaly_enabled())
#> False
for warning in caught:
    print(str(warning.message).splitlines()[0])
    #> Anomaly Detection has been enabled. This mode will increase the runtime and should only be enabled for debugging.
    #> Error detected in SqrtBackward0. Traceback of forward call that caused the error:
# --8<-- [end:detect]

# --8<-- [start:forward-line]
forward_trace = str(caught[-1].message)
source_lines = [
    line.strip() for line in forward_trace.splitlines() if line.startswith("    ")
]
print(source_lines[-1])
#> y = x.sqrt()
# --8<-- [end:forward-line]
