"""Lighter, more accessible notebook pages.

mkdocs-jupyter puts all of JupyterLab's stylesheet (about 600 KB) inline in
every notebook page. This hook takes the inline styles out, keeps only the
rules whose classes the notebook pages use (and the custom properties those
rules need), and serves them once as `assets/notebook.css`. It also removes
the empty MathJax `<script src="">` and the mermaid loader (it would fetch
from a CDN; no notebook has a diagram), and replaces nbconvert's "No
description has been provided for this image" with a description of the
plot, made from the cell that draws it (its kind, title and axis labels) or
the text above it.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path

from mkdocs.plugins import event_priority

STYLE = re.compile(r"<style[^>]*>(.*?)</style>\s*", re.DOTALL)
NOTEBOOK_CSS = re.compile(r"jupyter-wrapper|\.jp-|highlight-ipynb|linenos")
EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>\s*')
MERMAID = re.compile(
    r'<script type="module">(?:(?!</script>).)*?mermaid.*?</script>\s*', re.DOTALL
)
NO_ALT = 'alt="No description has been provided for this image"'
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
CLASS_ATTR = re.compile(r'class="([^"]*)"')
STYLESHEET = "assets/notebook.css"

_css: dict[str, None] = {}  # the inline styles, in order, once each
_classes: set[str] = {"jupyter-wrapper"}


# ---------------------------------------------------------------- alt text

KINDS = {
    "hist": "Histogram",
    "imshow": "Images",
    "plot": "Line plot",
    "scatter": "Scatter plot",
    "bar": "Bar chart",
}


def literal(source: str, call: str) -> str | None:
    match = re.search(call + r"\(\s*(['\"])(.+?)\1", source)
    return match[2] if match else None


def describe(source: str, text_above: str) -> str:
    kind = next((name for key, name in KINDS.items() if f".{key}(" in source), "Plot")
    title = literal(source, r"(?:set_title|suptitle|plt\.title)")
    xlabel = literal(source, r"(?:set_xlabel|plt\.xlabel)")
    ylabel = literal(source, r"(?:set_ylabel|plt\.ylabel)")
    above = re.sub(r"[#*`_]|\[([^\]]*)\]\([^)]*\)", r"\1", text_above).strip()
    above = re.split(r"(?<=[.:])\s", above.split("\n\n")[-1])[0].rstrip(":. ")
    description = f"{kind}: {title}" if title else f"{kind}: {above}" if above else kind
    if xlabel and ylabel:
        description += f", {ylabel} against {xlabel}"
    return description


def descriptions(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    found, above = [], ""
    for cell in cells:
        source = "".join(cell.get("source", []))
        if cell["cell_type"] == "markdown":
            above = source
            continue
        for output in cell.get("outputs", []):
            if any(kind.startswith("image/") for kind in output.get("data", {})):
                found.append(describe(source, above))
    return found


# ---------------------------------------------------------------- CSS


def blocks(css: str):
    """Top-level (prelude, body) pairs; body of an @media/@supports is nested CSS."""
    index, depth, start = 0, 0, 0
    out = []
    prelude_start = 0
    while index < len(css):
        char = css[index]
        if char == "{":
            if depth == 0:
                start = index
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                out.append((css[prelude_start:start].strip(), css[start + 1 : index]))
                prelude_start = index + 1
        elif char == ";" and depth == 0:
            out.append((css[prelude_start:index].strip(), None))  # @charset, @import
            prelude_start = index + 1
        index += 1
    return out


def split_selectors(prelude: str) -> list[str]:
    """Split a selector list on top-level commas (not those inside `:is(...)`)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:index])
            start = index + 1
    parts.append(prelude[start:])
    return parts


def selector_used(selector: str) -> bool:
    return all(name in _classes for name in re.findall(r"\.([\w-]+)", selector))


def prune_rules(css: str) -> list[tuple[str, str]]:
    kept = []
    for prelude, body in blocks(css):
        if body is None or prelude.startswith(("@font-face", "@keyframes")):
            continue
        if prelude.startswith("@"):
            inner = prune_rules(body)
            if inner:
                kept.append((prelude, "".join(f"{p}{{{b}}}" for p, b in inner)))
            continue
        selectors = [s for s in split_selectors(prelude) if selector_used(s)]
        if selectors:
            kept.append((",".join(selectors), body))
    return kept


VAR_USE = re.compile(r"var\(\s*(--[\w-]+)")
DECLARATION = re.compile(
    r"(--[\w-]+)\s*:((?:[^;(]|\([^)]*(?:\([^)]*\))*[^)]*\))*)(;|$)"
)


def prune_properties(rules: list[tuple[str, str]]) -> str:
    """Drop custom properties (`--jp-...: ...`) that no kept rule needs."""
    text = "".join(body for _, body in rules)
    definitions: dict[str, str] = {}
    for name, value, _ in DECLARATION.findall(text):
        definitions.setdefault(name, "")
        definitions[name] += value
    plain = DECLARATION.sub("", text)
    needed, todo = set(), set(VAR_USE.findall(plain))
    while todo:
        name = todo.pop()
        if name in needed:
            continue
        needed.add(name)
        todo |= set(VAR_USE.findall(definitions.get(name, "")))

    def keep(match):
        return match[0] if match[1] in needed else ""

    out = []
    for prelude, body in rules:
        if prelude.startswith("@"):
            body = "".join(
                f"{p}{{{b}}}"
                for p, b in [(p, DECLARATION.sub(keep, b)) for p, b in blocks(body)]
                if b.strip()
            )
        else:
            body = DECLARATION.sub(keep, body).strip().strip(";")
        if body.strip():
            out.append(f"{prelude}{{{body}}}")
    return "\n".join(out)


# ---------------------------------------------------------------- events


def on_pre_build(config):
    _css.clear()
    _classes.clear()
    _classes.add("jupyter-wrapper")


def on_post_page(output, page, config):
    if not page.file.src_uri.endswith(".ipynb"):
        return output
    start = output.find("</head>") + len("</head>")
    head, body = output[:start], output[start:]

    def take(match):
        if not NOTEBOOK_CSS.search(match[1]):
            return match[0]
        if not match[1].lstrip().startswith("["):  # a stray list repr of the same CSS
            _css.setdefault(match[1], None)
        return ""

    body = STYLE.sub(take, body)
    body = EMPTY_SCRIPT.sub("", body)
    body = MERMAID.sub("", body)
    for attribute in CLASS_ATTR.findall(body):
        _classes.update(attribute.split())
    for description in descriptions(Path(page.file.abs_src_path)):
        body = body.replace(NO_ALT, f'alt="{html.escape(description)}"', 1)
    href = posixpath.relpath(STYLESHEET, posixpath.dirname(page.url.rstrip("/") + "/x"))
    link = f'<link rel="stylesheet" href="{href}">\n'
    head = head.replace("</head>", link + "</head>", 1)
    return head + body


@event_priority(-50)
def on_post_build(config):
    if not _css:
        return
    rules = []
    for css in _css:
        rules += prune_rules(COMMENT.sub("", css))
    path = Path(config.site_dir) / STYLESHEET
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(prune_properties(rules) + "\n", encoding="utf-8")
    _css.clear()
