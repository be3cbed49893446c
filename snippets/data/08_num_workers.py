import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class WhoLoadsMe(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        info = get_worker_info()
        return "main process" if info is None else f"worker {info.id}"


if __name__ == "__main__":
    torch.manual_seed(0)
    for num_workers in (0, 2):
        loader = DataLoader(WhoLoadsMe(), batch_size=2, num_workers=num_workers)
        loaded_by = {name for batch in loader for name in batch}
        print(f"num_workers={num_workers}:", sorted(loaded_by))
        #> num_workers=0: ['main process']
        #> num_workers=2: ['worker 0', 'worker 1']
