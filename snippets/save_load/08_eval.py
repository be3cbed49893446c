import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(p=0.5))
torch.save(model.state_dict(), "model.pth")

loaded_model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(p=0.5))
loaded_model.load_state_dict(torch.load("model.pth", weights_only=True))
inputs = torch.ones(1, 4)
with torch.no_grad():
    print(loaded_model.training)
    #> True
    print(torch.equal(loaded_model(inputs), loaded_model(inputs)))
    #> False
    loaded_model.eval()
    print(loaded_model.training)
    #> False
    print(torch.equal(loaded_model(inputs), loaded_model(inputs)))
    #> True
    print(torch.equal(loaded_model(inputs), model.eval()(inputs)))
    #> True
