"""Write data/torch_names.json: what the pinned torch says the snippets' names are.

    python -m torchsheet.names          # in the tests environment (it has torch)

The site build has no torch, so the facts it needs about torch come from this
file: the public methods of tensors, modules, optimizers and schedulers, the
tensor methods that are also `torch.` functions, and, for every qualified name
the snippets use, whether it is a module, a class (and of which family) or a
function, and where the object really lives (`__module__`, `__qualname__`).
tests/test_generated.py fails when the file is stale.
"""

from __future__ import annotations

import importlib
import inspect
import json
import sys

from torchsheet import apis
from torchsheet.paths import DATA, find_snippets
from torchsheet.snippet import parse

PATH = DATA / "torch_names.json"


def public_methods(cls) -> list[str]:
    return sorted(
        name
        for name in dir(cls)
        if not name.startswith("_") and callable(getattr(cls, name, None))
    )


def resolve(name: str):
    """The object a dotted name names, or None."""
    pieces = name.split(".")
    for cut in range(len(pieces), 0, -1):
        try:
            obj = importlib.import_module(".".join(pieces[:cut]))
        except ImportError:
            continue
        try:
            for piece in pieces[cut:]:
                obj = getattr(obj, piece)
        except AttributeError:
            return None
        return obj
    return None


def describe(obj) -> dict:
    import torch

    if inspect.ismodule(obj):
        return {"kind": "module"}
    families = [
        ("tensor", torch.Tensor),
        ("module", torch.nn.Module),
        ("optimizer", torch.optim.Optimizer),
        ("scheduler", torch.optim.lr_scheduler.LRScheduler),
    ]
    if inspect.isclass(obj):
        info = {"kind": "class"}
        for family, base in families:
            if issubclass(obj, base):
                info["family"] = family
                break
    elif callable(obj):
        info = {"kind": "function"}
    else:
        return {"kind": "other"}
    module = getattr(obj, "__module__", None)
    qualname = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if isinstance(module, str):
        info["module"] = module
    if isinstance(qualname, str):
        info["qualname"] = qualname
    return info


def used_names() -> set[str]:
    names = set()
    for path in find_snippets():
        try:
            tree = parse(path.read_text(encoding="utf-8"), str(path)).tree
        except SyntaxError:
            continue
        visitor = apis.ApiVisitor(resolve=False)
        visitor.visit(tree)
        names |= {use.name for use in visitor.found}
    return names


def generate() -> dict:
    import torch
    import torchvision

    owners = {
        "torch.Tensor": torch.Tensor,
        "torch.nn.Module": torch.nn.Module,
        "torch.optim.Optimizer": torch.optim.Optimizer,
        "torch.optim.lr_scheduler.LRScheduler": torch.optim.lr_scheduler.LRScheduler,
    }
    methods = {owner: public_methods(cls) for owner, cls in owners.items()}
    torch_functions = sorted(
        name
        for name in methods["torch.Tensor"]
        if callable(getattr(torch, name, None)) and not name.startswith("_")
    )
    found = {}
    for name in sorted(used_names()):
        obj = resolve(name)
        if obj is not None:
            found[name] = describe(obj)
    return {
        "torch": torch.__version__.split("+")[0],
        "torchvision": torchvision.__version__.split("+")[0],
        "methods": methods,
        "torch_functions": torch_functions,
        "apis": found,
    }


def text() -> str:
    return json.dumps(generate(), indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    PATH.write_text(text(), encoding="utf-8")
    print(f"wrote {PATH}", file=sys.stderr)
