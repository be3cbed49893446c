import numpy as np
import torch
from torch.utils.data import DataLoader, Dataset


class FileNames(Dataset):
    def __init__(self, names):
        self.names = np.array(names)

    def __len__(self):
        return len(self.names)

    def __getitem__(self, index):
        return str(self.names[index])


if __name__ == "__main__":
    names = [f"img_{index:05d}.png" for index in range(10_000)]
    dataset = FileNames(names)
    print(type(dataset.names).__name__, dataset.names.dtype, dataset.names.nbytes)
    #> ndarray <U13 520000
    torch.manual_seed(0)
    loader = DataLoader(dataset, batch_size=3, num_workers=2)
    print(next(iter(loader)))
    #> ['img_00000.png', 'img_00001.png', 'img_00002.png']
