import torch
from torch import nn

tokens = torch.tensor([[1, 5, 2], [7, 0, 0]])

# --8<-- [start:lookup]
torch.manual_seed(0)
embedding = nn.Embedding(num_embeddings=10, embedding_dim=4)
vectors = embedding(tokens)
print(tokens.shape, "->", vectors.shape)
#> torch.Size([2, 3]) -> torch.Size([2, 3, 4])
print(torch.equal(vectors[0, 1], embedding.weight[5]))
#> True
# --8<-- [end:lookup]

# --8<-- [start:padding_idx]
torch.manual_seed(0)
embedding = nn.Embedding(10, 4, padding_idx=0)
print(embedding.weight[0])
#> tensor([0., 0., 0., 0.], grad_fn=<SelectBackward0>)
embedding(tokens).sum().backward()
print(embedding.weight.grad[:3])
#> tensor([[0., 0., 0., 0.],
#>         [1., 1., 1., 1.],
#>         [1., 1., 1., 1.]])
# --8<-- [end:padding_idx]

# --8<-- [start:errors]
torch.manual_seed(0)
embedding = nn.Embedding(10, 4)
try:
    embedding(torch.tensor([3, 10]))
except IndexError as err:
    print(f"{type(err).__name__}: {err}")
    #> IndexError: index out of range in self
try:
    embedding(torch.tensor([3.0, 4.0]))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding)
# --8<-- [end:errors]
