"""Indexes generated from the snippets at build time.

- docs/errors.md: every `#> SomeError: message` line of the snippets (output the
  test suite checks against the real one), grouped by exception type, each
  linking to the section that shows it.
- docs/api.md: every torch / torchvision API the snippets call (found with `ast`,
  import aliases such as `nn`, `F`, `optim`, `v2` resolved; methods of tensors,
  modules and optimizers from a curated list), each linking to the sections
  that use it and to its official documentation.
- "Also on" links under a section when a section on another page treats the
  same API (its heading names it and its code uses it).

A snippet (or a named section of one) belongs to the heading above the
`--8<--` line that includes it. Nothing here is written by hand: a new snippet
adds its APIs and errors, a removed one takes them away.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import html
import posixpath
import re
from collections import defaultdict
from pathlib import Path

import markdown

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
GENERATED = {"errors.md": "<!-- errors-index -->", "api.md": "<!-- api-index -->"}

HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")
INCLUDE = re.compile(r"--8<--\s+\"(?P<target>[^\"]+)\"")
SECTION_MARK = re.compile(r"#\s*--8<--\s*\[(?P<kind>start|end):(?P<name>[\w\-]+)\]")
OUTPUT = re.compile(r"^\s*#>(?: (?P<text>.*))?$")
VARIANT = re.compile(r"^\[torch(<|>=)[\d.]+\]$")
ERROR = re.compile(
    r"^(?P<type>[A-Za-z_][\w.]*(?:Error|Exception|Warning|Interrupt)): (?P<message>\S.*)$"
)

ROOTS = ("torch", "torchvision")

# Methods looked up by the kind of object they are called on.
TENSOR_METHODS = {
    "view",
    "reshape",
    "unsqueeze",
    "squeeze",
    "permute",
    "transpose",
    "contiguous",
    "is_contiguous",
    "flatten",
    "unflatten",
    "item",
    "tolist",
    "numpy",
    "to",
    "cpu",
    "cuda",
    "detach",
    "detach_",
    "clone",
    "backward",
    "requires_grad_",
    "retain_grad",
    "register_hook",
    "size",
    "dim",
    "numel",
    "expand",
    "expand_as",
    "repeat",
    "repeat_interleave",
    "gather",
    "scatter",
    "scatter_",
    "scatter_add_",
    "scatter_reduce",
    "index_select",
    "index_add_",
    "index_put_",
    "masked_fill",
    "masked_fill_",
    "masked_select",
    "argmax",
    "argmin",
    "max",
    "min",
    "sum",
    "mean",
    "std",
    "var",
    "prod",
    "float",
    "long",
    "int",
    "half",
    "double",
    "bool",
    "bfloat16",
    "type",
    "nonzero",
    "topk",
    "sort",
    "argsort",
    "chunk",
    "split",
    "matmul",
    "mm",
    "bmm",
    "t",
    "zero_",
    "fill_",
    "copy_",
    "add_",
    "mul_",
    "sub_",
    "div_",
    "clamp",
    "clamp_",
    "softmax",
    "log_softmax",
    "pin_memory",
    "is_pinned",
    "stride",
    "storage_offset",
    "data_ptr",
    "new_zeros",
    "new_ones",
    "new_full",
    "new_tensor",
    "new_empty",
    "element_size",
    "unfold",
    "diagonal",
    "tril",
    "triu",
    "abs",
    "exp",
    "log",
    "sqrt",
    "pow",
    "round",
    "eq",
    "ne",
    "all",
    "any",
    "cumsum",
    "norm",
    "sigmoid",
    "relu",
    "tanh",
    "squeeze_",
    "unsqueeze_",
    "view_as",
    "reshape_as",
    "narrow",
    "roll",
    "flip",
    "untyped_storage",
    "share_memory_",
    "is_shared",
    "apply_",
    "map_",
    "normal_",
    "uniform_",
    "bernoulli_",
    "random_",
    "exponential_",
    "where",
    "to_dense",
    "to_sparse",
    "is_floating_point",
    "is_complex",
    "get_device",
    "tile",
    "movedim",
    "swapaxes",
    "einsum",
    "allclose",
    "equal",
    "isclose",
    "isnan",
    "isinf",
    "nan_to_num",
    "logsumexp",
    "amax",
    "amin",
    "cummax",
}
MODULE_METHODS = {
    "eval",
    "train",
    "parameters",
    "named_parameters",
    "buffers",
    "named_buffers",
    "children",
    "named_children",
    "modules",
    "named_modules",
    "state_dict",
    "load_state_dict",
    "register_buffer",
    "register_parameter",
    "register_forward_hook",
    "register_forward_pre_hook",
    "register_full_backward_hook",
    "apply",
    "add_module",
    "get_submodule",
    "get_parameter",
    "get_buffer",
    "zero_grad",
    "requires_grad_",
    "to",
    "cpu",
    "cuda",
    "float",
    "half",
    "double",
    "bfloat16",
    "type",
    "to_empty",
    "register_module",
    "set_submodule",
    "compile",
    "forward",
    "extra_repr",
}
OPTIMIZER_METHODS = {
    "step",
    "zero_grad",
    "add_param_group",
    "state_dict",
    "load_state_dict",
}
SCHEDULER_METHODS = {"step", "get_last_lr", "state_dict", "load_state_dict"}
MODULE_WORDS = re.compile(
    r"model|net|layer|module|self|backbone|head|encoder|decoder|block|classifier|linear"
    r"|conv|mlp|seq|student|teacher|ema|ddp|compiled|exported|child",
    re.IGNORECASE,
)
KIND_OWNER = {
    "tensor": "torch.Tensor",
    "module": "torch.nn.Module",
    "optimizer": "torch.optim.Optimizer",
    "scheduler": "torch.optim.lr_scheduler.LRScheduler",
}
TENSOR_FACTORIES = re.compile(
    r"^torch\.(tensor|as_tensor|from_numpy|zeros|ones|full|empty|rand|randn|randint|"
    r"randperm|arange|linspace|logspace|eye|\w+_like|cat|stack|where|matmul|mm|bmm|"
    r"einsum|gather|softmax|exp|log|sum|mean|max|min|argmax|manual_seed_none)$"
)

# Official documentation: the generated page of most APIs, a page anchor for
# the modules documented on one page.
DOCS_TORCH = "https://docs.pytorch.org/docs/stable/"
DOCS_VISION = "https://docs.pytorch.org/vision/stable/generated/"
ONE_PAGE_MODULES = [
    ("torch.utils.data.", "data.html"),
    ("torch.distributed.", "distributed.html"),
    ("torch.nn.init.", "nn.init.html"),
    ("torch.amp.", "amp.html"),
    ("torch.cuda.amp.", "amp.html"),
    ("torch.autocast", "amp.html"),
    ("torch.export.", "export.html"),
    ("torch.backends.", "backends.html"),
    ("torch.testing.", "testing.html"),
    ("torch.utils.checkpoint.", "checkpoint.html"),
    ("torch.profiler.", "profiler.html"),
    ("torch.onnx.", "onnx.html"),
    ("torch.hub.", "hub.html"),
    ("torch.utils.tensorboard.", "tensorboard.html"),
    ("torch.autograd.Function", "autograd.html"),
    ("torch.library.", "library.html"),
    ("torch.fx.", "fx.html"),
    ("torch.utils.benchmark.", "benchmark_utils.html"),
    ("torch.distributions.", "distributions.html"),
]


def docs_url(name: str) -> str:
    if name.startswith("torchvision."):
        return f"{DOCS_VISION}{name}.html"
    for prefix, page in ONE_PAGE_MODULES:
        if name.startswith(prefix):
            return f"{DOCS_TORCH}{page}#{name}"
    if name.startswith("torch.nn.Module."):
        return f"{DOCS_TORCH}generated/torch.nn.Module.html#{name}"
    if name.startswith("torch.optim.lr_scheduler.LRScheduler."):
        return f"{DOCS_TORCH}generated/torch.optim.lr_scheduler.LRScheduler.html#{name}"
    return f"{DOCS_TORCH}generated/{name}.html"


# ---------------------------------------------------------------- pages


@dataclasses.dataclass(frozen=True)
class Place:
    """A section of a page: the heading an include sits under."""

    page: str  # docs-relative source path, e.g. "save-load.md"
    page_title: str
    title: str  # heading as plain text
    anchor: str
    level: int

    @property
    def url(self) -> str:
        """The section's address relative to the site root (directory URLs)."""
        stem = self.page[: -len(".md")]
        path = (
            ""
            if stem == "index"
            else (
                stem[: -len("/index")] + "/" if stem.endswith("/index") else stem + "/"
            )
        )
        return f"{path}#{self.anchor}" if self.anchor else path

    def link_from(self, page: str) -> str:
        target = posixpath.relpath(self.page, posixpath.dirname(page) or ".")
        return f"{target}#{self.anchor}" if self.anchor else target


def strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :]
    return text


def heading_lines(text: str) -> list[tuple[int, str]]:
    """(line index, line) of every ATX heading outside code fences."""
    found = []
    fence = None
    for number, line in enumerate(text.splitlines()):
        match = FENCE.match(line)
        if match:
            if fence is None:
                fence = match[1]
            elif match[1] == fence:
                fence = None
            continue
        if fence is None and HEADING.match(line) and not line.startswith("    "):
            found.append((number, line))
    return found


def toc_of(lines: list[str]) -> list[tuple[int, str, str]]:
    """(level, plain title, id) of heading lines, with the ids Python-Markdown's
    toc extension gives them (same slugify, same de-duplication)."""
    md = markdown.Markdown(extensions=["toc", "attr_list"])
    md.convert("\n\n".join(line.strip() for line in lines))
    flat = []

    def walk(tokens):
        for token in tokens:
            flat.append((token["level"], html.unescape(token["name"]), token["id"]))
            walk(token["children"])

    walk(md.toc_tokens)
    return flat


@dataclasses.dataclass
class Include:
    place: Place
    target: str
    section: str | None


def pages() -> list[Path]:
    return sorted(
        path
        for path in DOCS.rglob("*.md")
        if path.relative_to(DOCS).as_posix() not in GENERATED
    )


@functools.cache
def page_places(src: str, text: str) -> tuple[list[tuple[int, Place]], str]:
    """The sections of a page, by the line their heading is on, and its title."""
    body = strip_front_matter(text)
    offset = text[: len(text) - len(body)].count("\n")
    found = heading_lines(body)
    toc = toc_of([line for _, line in found])
    title = next((name for level, name, _ in toc if level == 1), src)
    places = [
        (number + offset, Place(src, title, name, anchor, level))
        for (number, _), (level, name, anchor) in zip(found, toc, strict=False)
    ]
    return places, title


def includes() -> list[Include]:
    found = []
    for path in pages():
        src = path.relative_to(DOCS).as_posix()
        text = path.read_text(encoding="utf-8")
        places, title = page_places(src, text)
        by_line = dict(places)
        current = Place(src, title, title, "", 1)
        for number, line in enumerate(text.splitlines()):
            if number in by_line:
                current = by_line[number]
            for match in INCLUDE.finditer(line):
                target, _, section = match["target"].partition(":")
                if target.startswith("snippets/") and target.endswith(".py"):
                    found.append(Include(current, target, section or None))
    return found


# ---------------------------------------------------------------- snippets


def section_spans(lines: list[str]) -> dict[str, tuple[int, int]]:
    spans, open_ = {}, {}
    for number, line in enumerate(lines, start=1):
        match = SECTION_MARK.search(line)
        if match and match["kind"] == "start":
            open_[match["name"]] = number
        elif match and match["name"] in open_:
            spans[match["name"]] = (open_.pop(match["name"]), number)
    return spans


def error_lines(
    lines: list[str], tree: ast.AST | None = None
) -> list[tuple[int, str, str]]:
    """(line, type, message) of the error messages in a snippet's output, as the
    pinned torch prints them (not those after a `#> [torch<2.13]` marker):

    - every `#> SomeError: message` line, with the lines that the same print
      printed after it (a message of several lines);
    - the output of the prints inside an `except SomeError` block, joined into
      one message, when it does not name the type itself; a print of the type
      name alone (`print(type(err).__name__)`) names it, and prints of only
      booleans, numbers or type names (`print(isinstance(err, ...))`) are not
      part of it.
    """
    found, variant = {}, False
    for number, line in enumerate(lines, start=1):
        match = OUTPUT.match(line)
        if not match:
            variant = False
            continue
        text = (match["text"] or "").strip()
        if VARIANT.match(text):
            variant = True
        elif not variant and (error := ERROR.match(text)):
            found[number] = (number, error["type"].rsplit(".", 1)[-1], error["message"])
    for handler in ast.walk(tree) if tree is not None else ():
        if not isinstance(handler, ast.ExceptHandler) or handler.type is None:
            continue
        kind_node = (
            handler.type.elts[0]
            if isinstance(handler.type, ast.Tuple)
            else handler.type
        )
        kind = ast.unparse(kind_node).rsplit(".", 1)[-1]
        current = None  # the line of the error this handler's prints tell
        for statement in handler_prints(handler):
            block = printed_block(lines, statement.end_lineno)
            if not block or [text for _, text in block] == ["..."]:
                continue
            first = block[0][0]
            message = " ".join(text for _, text in block if text)
            if TRIVIAL.match(message):
                continue  # `print(isinstance(err, ...))` and the like
            if ERROR.match(block[0][1]):
                # each `Type: message` line starts an error (a print in a
                # loop prints several); other lines continue the one before
                for number, text in block:
                    if error := ERROR.match(text):
                        kind_told = error["type"].rsplit(".", 1)[-1]
                        found[number] = (number, kind_told, error["message"])
                        current = number
                    elif text:
                        line, error_kind, told = found[current]
                        found[current] = (line, error_kind, f"{told} {text}")
            elif TYPE_NAME.match(message):
                kind = message  # `print(type(err).__name__)`, the message next
            elif current is not None:
                line, error_kind, told = found[current]
                found[current] = (line, error_kind, f"{told} {message}")
            elif message != kind:
                found[first] = (first, kind, message)
                current = first
    return sorted(found.values())


TRIVIAL = re.compile(
    r"^(?:(?:True|False|None|-?[\d.]+|[A-Z]\w*(?:Error|Exception))\s*)+$"
)
TYPE_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


def handler_prints(handler: ast.ExceptHandler) -> list[ast.Expr]:
    """The `print(...)` statements of an except block, in source order."""
    prints = [
        statement
        for statement in ast.walk(handler)
        if isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Call)
        and isinstance(statement.value.func, ast.Name)
        and statement.value.func.id == "print"
    ]
    return sorted(prints, key=lambda statement: statement.lineno)


def printed_block(lines: list[str], after: int) -> list[tuple[int, str]]:
    """The `#>` lines right after line `after`, up to a variant marker."""
    block = []
    for number in range(after + 1, len(lines) + 1):
        match = OUTPUT.match(lines[number - 1])
        text = (match["text"] or "").strip() if match else None
        if text is None or VARIANT.match(text):
            break
        block.append((number, text))
    return block


class ApiVisitor(ast.NodeVisitor):
    """Qualified torch / torchvision names a module uses, by line."""

    def __init__(self):
        self.aliases: dict[str, str] = {}
        self.kinds: dict[str, str] = {}  # variable -> tensor/module/optimizer/...
        self.module_classes: set[str] = set()
        self.class_stack: list[bool] = []
        self.found: list[tuple[int, str, set[str]]] = []  # line, name, keywords

    # imports
    def visit_Import(self, node):
        for alias in node.names:
            if alias.name.split(".")[0] in ROOTS:
                if alias.asname:
                    self.aliases[alias.asname] = alias.name
                else:
                    root = alias.name.split(".")[0]
                    self.aliases[root] = root

    def visit_ImportFrom(self, node):
        if node.module and node.module.split(".")[0] in ROOTS and not node.level:
            for alias in node.names:
                self.aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    # names
    def qualified(self, node) -> str | None:
        parts = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in self.aliases:
            name = ".".join([self.aliases[node.id], *reversed(parts)])
            pieces = name.split(".")
            while len(pieces) > 2 and re.fullmatch(r"[A-Z][A-Z0-9_]+", pieces[-1]):
                pieces.pop()  # ResNet18_Weights.DEFAULT -> ResNet18_Weights
            return ".".join(pieces)
        return None

    def record(self, node, name, keywords=()):
        self.found.append((node.lineno, name, set(keywords)))

    def kind_of_call(self, name: str) -> str | None:
        last = name.rsplit(".", 1)[-1]
        if name.startswith("torch.optim.lr_scheduler."):
            return "scheduler"
        if name.startswith("torch.optim.") and last[:1].isupper():
            return "optimizer"
        if (name.startswith(("torch.nn.", "torchvision.models."))) and (
            last[:1].isupper() or name.startswith("torchvision.models.")
        ):
            return (
                "module" if "Weights" not in last and "functional" not in name else None
            )
        if name.startswith("torch.Tensor.") or TENSOR_FACTORIES.match(name):
            return "tensor"
        return None

    def visit_ClassDef(self, node):
        is_module = False
        for base in node.bases:
            name = self.qualified(base)
            if name:
                self.record(base, name)
                if self.kind_of_call(name) == "module" or name == "torch.nn.Module":
                    is_module = True
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

    def visit_Assign(self, node):
        self.generic_visit(node)
        kind = None
        value = node.value
        if isinstance(value, ast.Call):
            name = self.qualified(value.func)
            if name:
                kind = self.kind_of_call(name)
            elif (
                isinstance(value.func, ast.Name)
                and value.func.id in self.module_classes
            ):
                kind = "module"
            elif (
                isinstance(value.func, ast.Attribute)
                and value.func.attr in TENSOR_METHODS
            ):
                kind = "tensor"
        for target in node.targets:
            if isinstance(target, ast.Name) and kind:
                self.kinds[target.id] = kind

    def receiver_kind(self, receiver) -> str | None:
        if isinstance(receiver, ast.Name):
            if receiver.id == "self" and self.class_stack and self.class_stack[-1]:
                return "module"
            return self.kinds.get(receiver.id)
        if isinstance(receiver, ast.Call):
            name = self.qualified(receiver.func)
            if name:
                return self.kind_of_call(name)
            if isinstance(receiver.func, ast.Attribute) and receiver.func.attr in (
                TENSOR_METHODS - MODULE_METHODS
            ):
                return "tensor"
        return None

    def method_owner(self, receiver, method: str) -> str | None:
        kind = self.receiver_kind(receiver)
        label = ast.unparse(receiver) if kind is None else ""
        if kind is None:
            word = label.lower()
            if "sched" in word:
                kind = "scheduler"
            elif "optim" in word or word in {"opt", "optimiser"}:
                kind = "optimizer"
            elif MODULE_WORDS.search(label) and method in MODULE_METHODS:
                kind = "module"
            elif method in TENSOR_METHODS:
                kind = "tensor"
            elif method in MODULE_METHODS:
                kind = "module"
        methods = {
            "tensor": TENSOR_METHODS,
            "module": MODULE_METHODS,
            "optimizer": OPTIMIZER_METHODS,
            "scheduler": SCHEDULER_METHODS,
        }.get(kind, set())
        return f"{KIND_OWNER[kind]}.{method}" if method in methods else None

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
            if isinstance(node.func, ast.Attribute):
                pass
            return
        if isinstance(node.func, ast.Attribute):
            owner = self.method_owner(node.func.value, node.func.attr)
            if owner:
                self.record(node, owner, keywords)
        elif isinstance(node.func, ast.Name) and node.func.id in self.module_classes:
            pass
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


@dataclasses.dataclass
class SnippetFacts:
    lines: list[str]
    spans: dict[str, tuple[int, int]]
    apis: list[tuple[int, str, set[str]]]
    errors: list[tuple[int, str, str]]

    def shown(self, section: str | None):
        first, last = (
            self.spans.get(section, (1, len(self.lines)))
            if section
            else (1, len(self.lines))
        )
        return (
            [
                (name, keywords)
                for line, name, keywords in self.apis
                if first <= line <= last
            ],
            [
                (kind, message)
                for line, kind, message in self.errors
                if first <= line <= last
            ],
        )


def module_names(name: str) -> bool:
    """True for a module path (torch.nn, torchvision.transforms.v2), not an API."""
    pieces = name.split(".")
    return all(piece[:1].islower() for piece in pieces) and pieces[-1] in {
        "nn",
        "functional",
        "optim",
        "data",
        "utils",
        "transforms",
        "v2",
        "models",
        "datasets",
        "cuda",
        "autograd",
        "func",
        "export",
        "amp",
        "distributed",
        "lr_scheduler",
        "init",
        "backends",
        "cudnn",
        "io",
        "ops",
        "tv_tensors",
        "torch",
        "torchvision",
        "forward_ad",
        "attention",
        "parametrizations",
        "parametrize",
        "rnn",
        "profiler",
        "onnx",
        "testing",
        "checkpoint",
    }


@functools.cache
def snippet_facts(target: str, text: str) -> SnippetFacts:
    lines = text.splitlines()
    visitor = ApiVisitor()
    try:
        tree = ast.parse(text)
    except SyntaxError:
        tree = None
    if tree is not None:
        visitor.visit(tree)
    apis = [
        (line, name, kw) for line, name, kw in visitor.found if not module_names(name)
    ]
    return SnippetFacts(lines, section_spans(lines), apis, error_lines(lines, tree))


@dataclasses.dataclass
class Indexes:
    errors: dict[tuple[str, str], list[Place]]  # (type, message) -> places
    apis: dict[str, list[Place]]  # qualified name -> places
    place_apis: dict[Place, set[str]]
    place_keywords: dict[Place, set[str]]
    place_errors: dict[Place, list[tuple[str, str]]]
    places: list[Place]


def build() -> Indexes:
    errors: dict[tuple[str, str], list[Place]] = defaultdict(list)
    apis: dict[str, list[Place]] = defaultdict(list)
    place_apis: dict[Place, set[str]] = defaultdict(set)
    place_keywords: dict[Place, set[str]] = defaultdict(set)
    place_errors: dict[Place, list[tuple[str, str]]] = defaultdict(list)
    places: list[Place] = []
    for include in includes():
        path = ROOT / include.target
        if not path.exists():
            continue
        facts = snippet_facts(include.target, path.read_text(encoding="utf-8"))
        shown_apis, shown_errors = facts.shown(include.section)
        place = include.place
        if place not in places:
            places.append(place)
        wrong = (include.section or "").startswith("wrong")
        for name, keywords in [] if wrong else shown_apis:
            if place not in apis[name]:
                apis[name].append(place)
            place_apis[place].add(name)
            place_keywords[place] |= keywords
        for error in shown_errors:
            if place not in errors[error]:
                errors[error].append(place)
            if error not in place_errors[place]:
                place_errors[place].append(error)
    return Indexes(
        dict(errors), dict(apis), place_apis, place_keywords, place_errors, places
    )


# ---------------------------------------------------------------- cross-links

GENERIC = {
    "to",
    "device",
    "dim",
    "x",
    "y",
    "data",
    "weight",
    "model",
    "tensor",
    "size",
    "shape",
    "float",
    "int",
    "item",
    "sum",
    "mean",
    "cuda",
    "cpu",
    "type",
    "train",
    "parameters",
    "forward",
    "apply",
    "view",
    "numpy",
    "tolist",
    "clone",
}


def words(text: str) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)}


def treated(indexes: Indexes, place: Place, generic: bool = False) -> set[str]:
    """What a section is about: the APIs (and keyword arguments, as `kw:name`)
    its code uses and its heading names (names too common to link pages by,
    such as `to` or `item`, only with `generic`)."""
    heading = words(place.title) - (set() if generic else GENERIC)
    names = {
        name
        for name in indexes.place_apis.get(place, ())
        if name.rsplit(".", 1)[-1] in heading
    }
    names |= {
        f"kw:{word}" for word in indexes.place_keywords.get(place, set()) & heading
    }
    return names


def same_topic(one: set[str], other: set[str]) -> bool:
    if one & other:
        return True
    short = {name.rsplit(".", 1)[-1].removeprefix("kw:") for name in one}
    return any(name.startswith("kw:") and name[3:] in short for name in other) or any(
        name.startswith("kw:") and name[3:] in {n.rsplit(".", 1)[-1] for n in other}
        for name in one
    )


def also_on(indexes: Indexes) -> dict[Place, list[Place]]:
    topics = {place: treated(indexes, place) for place in indexes.places}
    links: dict[Place, list[Place]] = {}
    for place, names in topics.items():
        if not names or place.page == "index.md":
            continue
        others = [
            other
            for other, other_names in topics.items()
            if other.page not in (place.page, "index.md")
            and same_topic(names, other_names)
        ]
        if others:
            links[place] = others[:3]
    return links


# ---------------------------------------------------------------- pages made here


def inline_code(text: str) -> str:
    ticks = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (ticks + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or ticks else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def place_link(place: Place, page: str) -> str:
    title = place.title.replace("[", "\\[").replace("]", "\\]")
    return f"[{place.page_title} › {title}]({place.link_from(page)})"


def errors_markdown(indexes: Indexes, page: str) -> str:
    by_type: dict[str, list[tuple[str, list[Place]]]] = defaultdict(list)
    for (kind, message), places in indexes.errors.items():
        by_type[kind].append((message, places))
    out = [
        f"{len(indexes.errors)} error messages from {len(by_type)} exception types.",
        "",
    ]
    for kind in sorted(by_type, key=lambda k: (-len(by_type[k]), k)):
        out += [f"## {kind} {{ data-search-exclude }}", ""]
        for message, places in sorted(
            by_type[kind], key=lambda item: item[0].lower().lstrip("`'\"")
        ):
            links = ", ".join(place_link(place, page) for place in places)
            out.append(f"- {inline_code(f'{kind}: {message}')}<br>{links}")
        out.append("")
    return "\n".join(out)


def api_markdown(indexes: Indexes, page: str) -> str:
    by_module: dict[str, list[str]] = defaultdict(list)
    for name in indexes.apis:
        pieces = name.split(".")
        module = []
        for piece in pieces[:-1]:
            if piece[:1].isupper():
                break
            module.append(piece)
        by_module[".".join(module) or pieces[0]].append(name)
    out = [
        f"{len(indexes.apis)} APIs in {len(by_module)} modules.",
        "",
    ]
    for module in sorted(by_module):
        out += [f"## {module} {{ data-search-exclude }}", ""]
        for name in sorted(by_module[module], key=str.lower):
            places = indexes.apis[name]
            links = ", ".join(place_link(place, page) for place in places[:8])
            more = f" and {len(places) - 8} more" if len(places) > 8 else ""
            out.append(f"- [`{name}`]({docs_url(name)}): {links}{more}")
        out.append("")
    return "\n".join(out)


_CACHE: dict[str, Indexes] = {}


def current() -> Indexes:
    if "indexes" not in _CACHE:
        _CACHE["indexes"] = build()
    return _CACHE["indexes"]


# ---------------------------------------------------------------- hook events


def on_pre_build(config):
    _CACHE.clear()
    page_places.cache_clear()
    snippet_facts.cache_clear()


def on_page_markdown(markdown_text, page, config, files):
    src = page.file.src_uri
    if src == "errors.md":
        return markdown_text.replace(GENERATED[src], errors_markdown(current(), src))
    if src == "api.md":
        return markdown_text.replace(GENERATED[src], api_markdown(current(), src))
    if not src.endswith(".md"):
        return markdown_text
    links = {
        place: others
        for place, others in also_on(current()).items()
        if place.page == src
    }
    if not links:
        return markdown_text
    # Put the links at the end of each section, before the next heading.
    lines = markdown_text.splitlines()
    places, _ = page_places(src, markdown_text)
    starts = [number for number, _ in places]
    for index in range(len(places) - 1, -1, -1):
        number, place = places[index]
        others = links.get(place)
        if not others:
            continue
        end = next((start for start in starts if start > number), len(lines))
        text = ", ".join(place_link(other, src) for other in others)
        lines[end:end] = ["", f"Also on: {text}", "{ .ts-also }", ""]
    return "\n".join(lines) + "\n"
