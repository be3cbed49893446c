"""The error messages a snippet's output shows, in every supported wording.

- every `#> SomeError: message` line;
- the output of the prints inside an `except SomeError` block, joined into one
  message, when it does not name the type itself. The type is the one the
  test run saw raised there (data/facts.json), else the handler's. A print of
  the type name alone (`print(type(err).__name__)`) names it, and prints of
  only booleans, numbers or type names (`print(isinstance(err, ...))`) are not
  part of it.

Each wording of an output block counts: the pinned torch's, and each variant's
(`#> [torch<2.15]`), so that a reader pasting either finds the section.
"""

from __future__ import annotations

import ast
import dataclasses
import re

from torchsheet.snippet import Condition, PrintStatement, Snippet

ERROR = re.compile(
    r"^(?P<type>[A-Za-z_][\w.]*(?:Error|Exception|Warning|Interrupt)): (?P<message>\S.*)$"
)
TRIVIAL = re.compile(
    r"^(?:(?:True|False|None|-?[\d.]+|[A-Z]\w*(?:Error|Exception))\s*)+$"
)
TYPE_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


@dataclasses.dataclass(frozen=True)
class ErrorShown:
    line: int
    kind: str
    message: str
    conditions: tuple[Condition, ...] = ()  # () for the pinned torch's wording


def _wordings(statement: PrintStatement):
    """(conditions, [(line, text)]) for each wording of a print's block."""
    if statement.block is None:
        return []
    return [
        (conditions, [(n, text.strip()) for n, text in numbered])
        for conditions, numbered in statement.block.wordings()
        if numbered and [text for _, text in numbered] != ["..."]
    ]


def _handler_prints(handler: ast.ExceptHandler) -> list[int]:
    """Last lines of the `print(...)` statements of an except block, in order."""
    return sorted(
        statement.end_lineno
        for statement in ast.walk(handler)
        if isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Call)
        and isinstance(statement.value.func, ast.Name)
        and statement.value.func.id == "print"
    )


def error_lines(snippet: Snippet, raised: dict[str, str] | None = None):
    """Every error message the snippet's output shows, by line."""
    raised = raised or {}
    found: dict[tuple[int, tuple], ErrorShown] = {}
    by_last_line = {statement.last_line: statement for statement in snippet.prints}
    ordinal = {statement.last_line: n for n, statement in enumerate(snippet.prints)}
    for statement in snippet.prints:
        for conditions, numbered in _wordings(statement):
            for number, text in numbered:
                if error := ERROR.match(text):
                    kind = error["type"].rsplit(".", 1)[-1]
                    found[number, conditions] = ErrorShown(
                        number, kind, error["message"], conditions
                    )
    try:
        tree = snippet.tree
    except SyntaxError:
        return sorted(found.values(), key=lambda e: (e.line, str(e.conditions)))
    for handler in ast.walk(tree):
        if not isinstance(handler, ast.ExceptHandler) or handler.type is None:
            continue
        kind_node = (
            handler.type.elts[0]
            if isinstance(handler.type, ast.Tuple)
            else handler.type
        )
        static_kind = ast.unparse(kind_node).rsplit(".", 1)[-1]
        statements = [
            by_last_line[n] for n in _handler_prints(handler) if n in by_last_line
        ]
        groups: dict[tuple, list] = {}
        for statement in statements:
            for conditions, numbered in _wordings(statement):
                groups.setdefault(conditions, []).append((statement, numbered))
        for conditions, printed in groups.items():
            kind = static_kind
            if not conditions and printed:
                kind = raised.get(str(ordinal[printed[0][0].last_line]), static_kind)
            current = None  # the key of the error this handler's prints tell
            for _statement, numbered in printed:
                first = numbered[0][0]
                message = " ".join(text for _, text in numbered if text)
                if TRIVIAL.match(message):
                    continue
                if ERROR.match(numbered[0][1]):
                    # each `Type: message` line starts an error (a print in a
                    # loop prints several); other lines continue the one before
                    for number, text in numbered:
                        if ERROR.match(text):
                            current = (number, conditions)
                        elif text and current in found:
                            told = found[current]
                            found[current] = dataclasses.replace(
                                told, message=f"{told.message} {text}"
                            )
                elif TYPE_NAME.match(message):
                    kind = message  # `print(type(err).__name__)`, the message next
                elif current is not None:
                    told = found[current]
                    found[current] = dataclasses.replace(
                        told, message=f"{told.message} {message}"
                    )
                elif message != kind:
                    current = (first, conditions)
                    found[current] = ErrorShown(first, kind, message, conditions)
    return sorted(found.values(), key=lambda e: (e.line, str(e.conditions)))
