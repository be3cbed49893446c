import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info

torch.manual_seed(0)


class LoadedInMainProcess(Dataset):
    def __getitem__(self, index):
        return get_worker_info() is None

    def __len__(self):
        return 2


loader = DataLoader(LoadedInMainProcess(), batch_size=2, num_workers=0)
print(next(iter(loader)))
#> tensor([True, True])
