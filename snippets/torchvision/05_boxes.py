import torch
import torchvision.transforms.v2 as T
from torchvision import tv_tensors

image = tv_tensors.Image(torch.zeros(3, 32, 32, dtype=torch.uint8))
boxes = tv_tensors.BoundingBoxes([[0, 0, 10, 20]], format="XYXY", canvas_size=(32, 32))
transform = T.Compose([T.RandomHorizontalFlip(p=1.0), T.Resize(16)])

torch.manual_seed(0)
new_image, new_boxes = transform(image, boxes)
print(new_image.shape)
#> torch.Size([3, 16, 16])
print(new_boxes.tolist(), new_boxes.canvas_size)
#> [[11, 0, 16, 10]] (16, 16)
