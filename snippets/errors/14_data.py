import pickle
import warnings

import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision.transforms import v2

torch.manual_seed(0)

# --8<-- [start:stack-sizes]
images = [torch.zeros(3, 32, 32), torch.zeros(3, 28, 28)]
try:
    next(iter(DataLoader(images, batch_size=2)))
except RuntimeError as err:
    print(f"{type(err).__name__}: {err}")
    #> RuntimeError: stack expects each tensor to be equal size, but got [3, 32, 32] at entry 0 and [3, 28, 28] at entry 1
resize = v2.Resize((32, 32))
print(next(iter(DataLoader([resize(image) for image in images], batch_size=2))).shape)
#> torch.Size([2, 3, 32, 32])
# --8<-- [end:stack-sizes]

# --8<-- [start:pil-collate]
pictures = [Image.new("RGB", (4, 4)) for _ in range(2)]
try:
    next(iter(DataLoader(pictures, batch_size=2)))
except TypeError as err:
    print(f"{type(err).__name__}: {err}")
    #> TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class 'PIL.Image.Image'>
to_tensor = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
print(next(iter(DataLoader([to_tensor(p) for p in pictures], batch_size=2))).shape)
#> torch.Size([2, 3, 4, 4])
# --8<-- [end:pil-collate]

# --8<-- [start:num-samples]
image_paths = []
try:
    DataLoader(image_paths, batch_size=2, shuffle=True)
except ValueError as err:
    print(f"{type(err).__name__}: {err}")
    #> ValueError: num_samples should be a positive integer value, but got num_samples=0
print(len(image_paths))
#> 0
# --8<-- [end:num-samples]


# --8<-- [start:pickle-local]
def make_dataset():
    class Squares(Dataset):
        def __len__(self):
            return 4

        def __getitem__(self, index):
            return index * index

    return Squares()


loader = DataLoader(make_dataset(), num_workers=1, multiprocessing_context="spawn")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        next(iter(loader))
    except AttributeError as err:
        print(f"{type(err).__name__}: {err}")
        #> AttributeError: Can't pickle local object 'make_dataset.<locals>.Squares'
print(f"{caught[0].category.__name__}: {str(caught[0].message).split('. ')[0]}")
#> UserWarning: Got pickle error when attempting to start a worker Process


class Squares(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        return index * index


print(pickle.loads(pickle.dumps(Squares()))[3])
#> 9
# --8<-- [end:pickle-local]
