"""The torch and torchvision APIs a snippet's code uses, by line.

Functions and classes are found by name: import aliases (`nn`, `F`, `optim`,
`v2`) are resolved with `ast`, and a name counts only where the pinned torch
has it as a function or a class (data/torch_names.json, written by
`python -m torchsheet.names`), never a module path.

A method call counts where the kind of its receiver is known from facts:
- what the receiver really was when the snippet ran: the test run records the
  type of every module-level name of each snippet (data/facts.json);
- `self` inside a class derived from `nn.Module`, and a receiver that is the
  instance of a class the pinned torch defines (`nn.Linear(2, 3).parameters()`).
Where the receiver's kind is not known, the call is not credited to torch:
`str(err).split(...)` is Python's, not `torch.Tensor.split`.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import json
import re

from torchsheet.paths import DATA

ROOTS = ("torch", "torchvision")
OWNERS = {
    "tensor": "torch.Tensor",
    "module": "torch.nn.Module",
    "optimizer": "torch.optim.Optimizer",
    "scheduler": "torch.optim.lr_scheduler.LRScheduler",
}
CONSTANT = re.compile(r"[A-Z][A-Z0-9_]+")


@functools.cache
def torch_names() -> dict:
    path = DATA / "torch_names.json"
    if not path.exists():
        return {"methods": {}, "apis": {}, "torch_functions": []}
    return json.loads(path.read_text(encoding="utf-8"))


@functools.cache
def facts() -> dict:
    """What the test run observed of each snippet (data/facts.json)."""
    path = DATA / "facts.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


@dataclasses.dataclass
class Use:
    line: int
    name: str
    keywords: frozenset[str]


class ApiVisitor(ast.NodeVisitor):
    """Qualified torch / torchvision names a module uses, by line."""

    def __init__(self, kinds: dict[str, str] | None = None, resolve: bool = True):
        self.aliases: dict[str, str] = {}
        self.kinds = dict(kinds or {})  # module-level name -> tensor/module/...
        self.resolve = resolve  # False: every qualified name (for names.py)
        self.module_classes: set[str] = set()
        self.class_stack: list[bool] = []
        self.found: list[Use] = []

    # -- imports

    def visit_Import(self, node):
        for alias in node.names:
            root = alias.name.split(".")[0]
            if root in ROOTS:
                self.aliases[alias.asname or root] = (
                    alias.name if alias.asname else root
                )

    def visit_ImportFrom(self, node):
        if node.module and node.module.split(".")[0] in ROOTS and not node.level:
            for alias in node.names:
                self.aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    # -- names

    def qualified(self, node) -> str | None:
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.aliases:
            pieces = [*self.aliases[node.id].split("."), *reversed(parts)]
            while len(pieces) > 2 and CONSTANT.fullmatch(pieces[-1]):
                pieces.pop()  # ResNet18_Weights.DEFAULT -> ResNet18_Weights
            return ".".join(pieces)
        return None

    def api(self, name: str) -> dict | None:
        """What the pinned torch says `name` is, if it is a function or class."""
        info = torch_names()["apis"].get(name)
        if info and info["kind"] in ("function", "class"):
            return info
        return None

    def record(self, node, name, keywords=()):
        if not self.resolve or self.api(name):
            self.found.append(Use(node.lineno, name, frozenset(keywords)))

    def instance_kind(self, name: str | None) -> str | None:
        """The kind of an instance of the class `name` (`nn.Linear` -> module)."""
        info = self.api(name) if name else None
        return info.get("family") if info and info["kind"] == "class" else None

    def visit_ClassDef(self, node):
        is_module = False
        for base in node.bases:
            name = self.qualified(base)
            if name:
                self.record(base, name)
                is_module |= self.instance_kind(name) == "module"
            elif isinstance(base, ast.Name) and base.id in self.module_classes:
                is_module = True
        if is_module:
            self.module_classes.add(node.name)
        self.class_stack.append(is_module)
        for decorator in node.decorator_list:
            self.visit(decorator)
        for statement in node.body:
            self.visit(statement)
        self.class_stack.pop()

    def receiver_kind(self, receiver) -> str | None:
        if isinstance(receiver, ast.Name):
            if receiver.id == "self" and self.class_stack and self.class_stack[-1]:
                return "module"
            return self.kinds.get(receiver.id)
        if isinstance(receiver, ast.Call):
            if isinstance(receiver.func, ast.Name) and (
                receiver.func.id in self.module_classes
            ):
                return "module"
            return self.instance_kind(self.qualified(receiver.func))
        return None

    def method_owner(self, receiver, method: str) -> str | None:
        kind = self.receiver_kind(receiver)
        owner = OWNERS.get(kind or "")
        methods = torch_names()["methods"].get(owner or "", ())
        return f"{owner}.{method}" if owner and method in methods else None

    def visit_Call(self, node):
        keywords = [keyword.arg for keyword in node.keywords if keyword.arg]
        name = self.qualified(node.func)
        if name:
            if name not in self.aliases.values() or "." in name:
                self.record(node, name, keywords)
            for argument in node.args:
                self.visit(argument)
            for keyword in node.keywords:
                self.visit(keyword.value)
            return
        if isinstance(node.func, ast.Attribute):
            owner = self.method_owner(node.func.value, node.func.attr)
            if owner:
                self.found.append(Use(node.lineno, owner, frozenset(keywords)))
        self.generic_visit(node)

    def visit_Attribute(self, node):
        name = self.qualified(node)
        if name:
            last = name.rsplit(".", 1)[-1]
            if last[:1].isupper() and isinstance(node.ctx, ast.Load):
                self.record(node, name)  # a class used uncalled: isinstance, a type
            return
        self.generic_visit(node)

    def visit_Name(self, node):
        if node.id in self.aliases and isinstance(node.ctx, ast.Load):
            name = self.aliases[node.id]
            if name.rsplit(".", 1)[-1][:1].isupper():
                self.record(node, name)


def uses(tree: ast.AST | None, target: str) -> list[Use]:
    """The APIs a snippet uses, with the receiver kinds its test run observed."""
    if tree is None:
        return []
    visitor = ApiVisitor(facts().get(target, {}).get("kinds", {}))
    visitor.visit(tree)
    return visitor.found


def tensor_functions() -> set[str]:
    """Tensor methods that are also `torch.<name>` functions (x.argmax, torch.argmax)."""
    return set(torch_names()["torch_functions"])
