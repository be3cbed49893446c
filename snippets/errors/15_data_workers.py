import torch
from torch.utils.data import DataLoader, Dataset


class Labels(Dataset):
    def __init__(self, lines):
        self.lines = lines

    def __len__(self):
        return len(self.lines)

    def __getitem__(self, index):
        return int(self.lines[index])


if __name__ == "__main__":
    torch.manual_seed(0)
    lines = ["3", "1", "label"]
    try:
        list(DataLoader(Labels(lines), batch_size=3, num_workers=1))
    except ValueError as err:
        print(f"{type(err).__name__}: {str(err).splitlines()[0]}")
        #> ValueError: Caught ValueError in DataLoader worker process 0.
    try:
        list(DataLoader(Labels(lines), batch_size=3, num_workers=0))
    except ValueError as err:
        print(f"{type(err).__name__}: {err}")
        #> ValueError: invalid literal for int() with base 10: 'label'
    clean = [line for line in lines if line.isdigit()]
    print(list(DataLoader(Labels(clean), batch_size=2, num_workers=1)))
    #> [tensor([3, 1])]
