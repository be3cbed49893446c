import torch
from torch import nn

torch.manual_seed(0)

# --8<-- [start:chain]
encoder = nn.Sequential(nn.Linear(8, 4), nn.ReLU())
head = nn.Linear(4, 2)
model = nn.Sequential(encoder, head)
x = torch.randn(3, 8)
print(model(x).shape, torch.equal(model(x), head(encoder(x))))
#> torch.Size([3, 2]) True
# --8<-- [end:chain]


# --8<-- [start:branches]
class TwoBranches(nn.Module):
    def __init__(self):
        super().__init__()
        self.image_branch = nn.Linear(8, 4)
        self.text_branch = nn.Linear(5, 3)
        self.head = nn.Linear(4 + 3, 2)

    def forward(self, image_features, text_features):
        image = self.image_branch(image_features)
        text = self.text_branch(text_features)
        return self.head(torch.cat([image, text], dim=1))


model = TwoBranches()
print(model(torch.randn(3, 8), torch.randn(3, 5)).shape)
#> torch.Size([3, 2])
# --8<-- [end:branches]
