import torch
from torchvision.models import resnet18
from torchvision.models.feature_extraction import (
    create_feature_extractor,
    get_graph_node_names,
)

torch.manual_seed(0)
model = resnet18(weights=None)

# --8<-- [start:node-names]
train_nodes, eval_nodes = get_graph_node_names(model)
print(len(eval_nodes), eval_nodes[:5])
#> 70 ['x', 'conv1', 'bn1', 'relu', 'maxpool']
print(eval_nodes[-4:])
#> ['layer4.1.relu_1', 'avgpool', 'flatten', 'fc']
# --8<-- [end:node-names]

# --8<-- [start:extract]
extractor = create_feature_extractor(
    model, return_nodes={"layer2": "middle", "layer4": "last", "flatten": "embedding"}
)
extractor.eval()
with torch.inference_mode():
    features = extractor(torch.rand(2, 3, 224, 224))
for name, feature in features.items():
    print(name, tuple(feature.shape))
    #> middle (2, 128, 28, 28)
    #> last (2, 512, 7, 7)
    #> embedding (2, 512)
# --8<-- [end:extract]
