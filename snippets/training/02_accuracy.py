import torch

logits = torch.tensor(
    [[2.0, 0.5, 0.1], [0.2, 0.1, 3.0], [1.0, 2.0, 0.0], [0.3, 0.2, 0.1]]
)
labels = torch.tensor([0, 2, 0, 0])

# --8<-- [start:argmax]
predictions = logits.argmax(dim=1)
print(predictions)
#> tensor([0, 2, 1, 0])
accuracy = (predictions == labels).float().mean()
print(accuracy.item())
#> 0.75
# --8<-- [end:argmax]

# --8<-- [start:broadcast]
top_p, top_class = torch.softmax(logits, dim=1).topk(1, dim=1)
print(top_class.shape, labels.shape)
#> torch.Size([4, 1]) torch.Size([4])
print((top_class == labels).shape)
#> torch.Size([4, 4])
print((top_class == labels).float().mean().item())
#> 0.4375
print((top_class.squeeze(1) == labels).float().mean().item())
#> 0.75
# --8<-- [end:broadcast]

# --8<-- [start:numpy]
correct = logits.argmax(dim=1) == labels
print(correct.numpy().mean(), correct.float().mean().item())
#> 0.75 0.75
# --8<-- [end:numpy]
