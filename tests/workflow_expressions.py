"""GitHub expressions, as far as a job's `if` guard needs them.

tests/workflow_rules.py evaluates a self-hosted job's `if:` against the events
and repositories that must, and must not, reach the runner.
"""

import re

TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<op>==|!=|&&|\|\||!|\(|\))"
    r"|(?P<name>[A-Za-z_][\w.\-]*))"
)


def evaluate(expression: str, context: dict[str, object]):
    """Evaluate `==`, `!=`, `&&`, `||`, `!`, parentheses, strings and context
    names (strings compare case-insensitively, as on GitHub)."""
    text = expression.strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2]
    tokens, position = [], 0
    while position < len(text.rstrip()):
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ValueError(f"cannot evaluate {text[position:]!r} in {expression!r}")
        kind = match.lastgroup
        tokens.append((kind, match[kind]))
        position = match.end()
    tokens.append(("end", ""))

    def take(expected=None):
        kind, token = tokens.pop(0)
        if expected and token != expected:
            raise ValueError(f"expected {expected!r} in {expression!r}")
        return kind, token

    def atom():
        kind, token = take()
        if token == "(":
            value = either()
            take(")")
            return value
        if token == "!":
            return not atom()
        if kind == "string":
            return token[1:-1].replace("''", "'")
        if kind == "name" and token in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[token]
        if kind == "name" and token in context:
            return context[token]
        raise ValueError(f"{token!r} in {expression!r}: not known to this check")

    def compare():
        left = atom()
        while tokens[0][1] in ("==", "!="):
            _, op = take()
            right = atom()
            same = str(left).lower() == str(right).lower()
            left = same if op == "==" else not same
        return left

    def both():
        value = compare()
        while tokens[0][1] == "&&":
            take()
            value = compare() and value
        return value

    def either():
        value = both()
        while tokens[0][1] == "||":
            take()
            value = both() or value
        return value

    value = either()
    if tokens[0][0] != "end":
        raise ValueError(f"{tokens[0][1]!r} left over in {expression!r}")
    return value
