import warnings

import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# --8<-- [start:softmax-dim]
logits = torch.tensor([[2.0, 1.0, 0.1]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    F.softmax(logits)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.
print(F.softmax(logits, dim=1))
#> tensor([[0.6590, 0.2424, 0.0986]])
# --8<-- [end:softmax-dim]

# --8<-- [start:meshgrid]
rows, columns = torch.arange(2), torch.arange(3)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.set_warn_always(True)
    torch.meshgrid(rows, columns)
    torch.set_warn_always(False)
print(f"{caught[0].category.__name__}: {str(caught[0].message).split(' (')[0]}")
#> UserWarning: torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument.
grid_rows, grid_columns = torch.meshgrid(rows, columns, indexing="ij")
print(grid_rows.shape)
#> torch.Size([2, 3])
# --8<-- [end:meshgrid]

# --8<-- [start:nested-tensor]
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    nn.TransformerEncoder(layer, num_layers=1)
print(f"{caught[0].category.__name__}: {caught[0].message}")
#> UserWarning: enable_nested_tensor is True, but self.use_nested_tensor is False because encoder_layer.self_attn.batch_first was not True(use batch_first for better inference performance)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, batch_first=True)
print(nn.TransformerEncoder(layer, num_layers=1)(torch.zeros(2, 5, 8)).shape)
#> torch.Size([2, 5, 8])
# --8<-- [end:nested-tensor]
