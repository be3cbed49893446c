"""What a snippet can ask for with `# requires: NAME` in its first lines.

Each provider gets the snippet's working directory (a fresh temporary folder)
and either prepares it or skips the test with the reason. Stand-in data is made
here, so nothing is ever downloaded.
"""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
import torch


def cuda(workdir: Path, monkeypatch, cache: Path) -> None:
    if not torch.cuda.is_available():
        pytest.skip("needs CUDA: torch.cuda.is_available() is False on this machine")


def gpus2(workdir: Path, monkeypatch, cache: Path) -> None:
    if torch.cuda.device_count() < 2:
        pytest.skip("needs two CUDA devices")


def _idx(path: Path, magic: int, data: torch.Tensor) -> None:
    header = struct.pack(">I", magic) + b"".join(
        struct.pack(">I", size) for size in data.shape
    )
    path.write_bytes(header + data.numpy().tobytes())


def mnist(workdir: Path, monkeypatch, cache: Path) -> None:
    """Tiny MNIST files in ./data/MNIST/raw, so `download=True` finds them."""
    raw = workdir / "data" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    generator = torch.Generator().manual_seed(0)
    for split, count in (("train", 64), ("t10k", 16)):
        labels = torch.randint(0, 10, (count,), generator=generator, dtype=torch.uint8)
        images = torch.randint(0, 256, (count, 28, 28), generator=generator)
        _idx(raw / f"{split}-images-idx3-ubyte", 2051, images.to(torch.uint8))
        _idx(raw / f"{split}-labels-idx1-ubyte", 2049, labels)


def imagefolder(workdir: Path, monkeypatch, cache: Path) -> None:
    """./data/pets/{train,val}/{cat,dog}/*.png: small images in class folders."""
    from PIL import Image

    generator = torch.Generator().manual_seed(0)
    for split, per_class in (("train", 6), ("val", 2)):
        for label in ("cat", "dog"):
            folder = workdir / "data" / "pets" / split / label
            folder.mkdir(parents=True)
            for index in range(per_class):
                pixels = torch.randint(0, 256, (40, 48, 3), generator=generator)
                image = Image.fromarray(pixels.to(torch.uint8).numpy())
                image.save(folder / f"{label}_{index}.png")


def pretrained(workdir: Path, monkeypatch, cache: Path) -> None:
    """A stand-in for ResNet-18's ImageNet weights in a temporary TORCH_HOME.

    torchvision looks in $TORCH_HOME/hub/checkpoints before it downloads; the
    file there holds freshly initialised weights with the real file name.
    """
    from torchvision.models import ResNet18_Weights, resnet18

    checkpoints = cache / "torch_home" / "hub" / "checkpoints"
    file_name = ResNet18_Weights.IMAGENET1K_V1.url.rsplit("/", 1)[-1]
    if not (checkpoints / file_name).exists():
        checkpoints.mkdir(parents=True, exist_ok=True)
        torch.manual_seed(0)
        torch.save(resnet18().state_dict(), checkpoints / file_name)
    monkeypatch.setenv("TORCH_HOME", str(cache / "torch_home"))


def newer_than(version: str):
    """A provider that skips the snippet on a torch older than `version`."""

    def provide(workdir: Path, monkeypatch, cache: Path) -> None:
        from torch.torch_version import TorchVersion

        if TorchVersion(torch.__version__.split("+")[0]) < version:
            pytest.skip(f"needs torch {version} or newer; this is {torch.__version__}")

    return provide


PROVIDERS = {
    "cuda": cuda,
    "gpus2": gpus2,
    "mnist": mnist,
    "imagefolder": imagefolder,
    "pretrained": pretrained,
    # what the snippet shows is new in that release
    "torch214": newer_than("2.14"),
    "torch215": newer_than("2.15"),
}
