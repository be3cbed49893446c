import torch
from torchvision import tv_tensors
from torchvision.transforms import v2

image = tv_tensors.Image(torch.zeros(3, 32, 32, dtype=torch.uint8))
boxes = tv_tensors.BoundingBoxes([[0, 0, 10, 20]], format="XYXY", canvas_size=(32, 32))
transform = v2.Compose([v2.RandomHorizontalFlip(p=1.0), v2.Resize(16)])

torch.manual_seed(0)
new_image, new_boxes = transform(image, boxes)
print(new_image.shape)
#> torch.Size([3, 16, 16])
print(new_boxes.tolist(), new_boxes.canvas_size)
#> [[11, 0, 16, 10]] (16, 16)
