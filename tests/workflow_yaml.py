"""A reader for the block-style YAML of the GitHub workflows.

The test environment has no YAML package, so tests/test_workflows.py reads the
workflows with this: mappings, sequences, plain, quoted and flow-sequence
scalars, `|` and `>` block scalars, and ` #` comments. It refuses what it does
not understand (anchors, flow mappings, tabs, odd indentation) with YamlError,
so a workflow outside plain block style fails the tests rather than being
misread.
"""

import json
import re


class YamlError(ValueError):
    pass


KEY = re.compile(
    r"""^(?P<key>[\w][\w\-./]*|"[^"]*"|'[^']*')\s*:(?:[ \t]+(?P<rest>.*))?$"""
)
INTEGER = re.compile(r"^[-+]?\d+$")


def strip_comment(text: str) -> str:
    """The text before a ` #` comment that is not inside quotes."""
    quote = None
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"" and (index == 0 or text[index - 1] in " \t[,:"):
            quote = char
        elif char == "#" and (index == 0 or text[index - 1] in " \t"):
            return text[:index].rstrip()
    return text.rstrip()


def split_flow(text: str) -> list[str]:
    parts, current, quote = [], "", None
    for char in text:
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "[]{}":
            raise YamlError(f"nested flow collection in [{text}]")
        elif char == ",":
            parts.append(current.strip())
            current = ""
            continue
        current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def scalar(text: str):
    if text.startswith("["):
        if not text.endswith("]"):
            raise YamlError(f"unclosed flow sequence {text!r}")
        return [scalar(part) for part in split_flow(text[1:-1])]
    if text[0] in "{&*!%@`|>":
        raise YamlError(f"the reader does not handle {text!r}")
    if text[0] == '"':
        if not text.endswith('"') or len(text) < 2:
            raise YamlError(f"unclosed string {text!r}")
        return json.loads(text)
    if text[0] == "'":
        if not text.endswith("'") or len(text) < 2:
            raise YamlError(f"unclosed string {text!r}")
        return text[1:-1].replace("''", "'")
    if text in ("true", "True", "false", "False"):
        return text.lower() == "true"
    if text in ("null", "~"):
        return None
    if INTEGER.match(text):
        return int(text)
    return text


class Reader:
    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.index = 0

    def peek(self) -> tuple[int, str] | None:
        while self.index < len(self.lines):
            line = self.lines[self.index]
            text = strip_comment(line.strip())
            if text and text != "---":
                indent = len(line) - len(line.lstrip(" "))
                if line[indent] == "\t":
                    raise YamlError(f"line {self.index + 1}: a tab indents it")
                return indent, text
            self.index += 1
        return None

    def fail(self, why: str):
        raise YamlError(f"line {self.index + 1}: {why}")

    def node(self, indent: int):
        _, text = self.peek()
        return self.sequence(indent) if is_item(text) else self.mapping(indent)

    def mapping(self, indent: int) -> dict:
        result = {}
        while (next_line := self.peek()) and next_line[0] == indent:
            if is_item(next_line[1]):
                break
            match = KEY.match(next_line[1])
            if not match:
                self.fail(f"cannot read {next_line[1]!r}")
            key = scalar(match["key"]) if match["key"][0] in "'\"" else match["key"]
            if key in result:
                self.fail(f"{key!r} given twice")
            self.index += 1
            result[key] = self.value(match["rest"], indent)
        if next_line and next_line[0] > indent:
            self.fail("indented deeper than the key above it")
        return result

    def value(self, rest: str | None, indent: int):
        if not rest:
            next_line = self.peek()
            if next_line and (
                next_line[0] > indent
                or next_line[0] == indent
                and is_item(next_line[1])
            ):
                return self.node(next_line[0])
            return None
        if rest[0] in "|>":
            return self.block_scalar(rest, indent)
        return scalar(rest)

    def sequence(self, indent: int) -> list:
        items = []
        while (next_line := self.peek()) and next_line[0] == indent:
            if not is_item(next_line[1]):
                break
            content = next_line[1][1:].lstrip(" ")
            if not content:
                self.index += 1
                after = self.peek()
                items.append(
                    self.node(after[0]) if after and after[0] > indent else None
                )
            elif KEY.match(content):
                column = indent + len(next_line[1]) - len(content)
                self.lines[self.index] = " " * column + content
                items.append(self.mapping(column))
            else:
                self.index += 1
                items.append(scalar(content))
        return items

    def block_scalar(self, header: str, indent: int) -> str:
        if header not in ("|", "|-", ">", ">-"):
            self.fail(f"block scalar header {header!r}")
        body = []
        while self.index < len(self.lines):
            line = self.lines[self.index]
            if line.strip() and len(line) - len(line.lstrip(" ")) <= indent:
                break
            body.append(line)
            self.index += 1
        while body and not body[-1].strip():
            body.pop()
        depth = min((len(b) - len(b.lstrip(" ")) for b in body if b.strip()), default=0)
        text = [line[depth:] for line in body]
        joined = "\n".join(text) if header[0] == "|" else " ".join(text)
        return joined if header.endswith("-") else joined + "\n"


def is_item(text: str) -> bool:
    return text == "-" or text.startswith("- ")


def load_yaml(text: str):
    reader = Reader(text)
    first = reader.peek()
    if first is None:
        return None
    value = reader.node(first[0])
    if reader.peek() is not None:
        reader.fail("not read (an indentation the reader did not expect)")
    return value
