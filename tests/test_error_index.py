"""The error index reads error messages out of the snippets' `#>` output.

These cases are the forms the snippets print errors in; each once gave the
index a wrong entry ("RuntimeError: True", a message cut after its first line).
"""

from __future__ import annotations

import ast
import textwrap

import pytest

pytest.importorskip("markdown", reason="hooks/indexes.py needs markdown")
import indexes  # hooks/indexes.py


def errors(source: str) -> list[tuple[str, str]]:
    source = textwrap.dedent(source)
    lines = source.splitlines()
    return [
        (kind, message)
        for _, kind, message in indexes.error_lines(lines, ast.parse(source))
    ]


def test_a_message_of_several_lines_is_one_message():
    assert errors(
        """
        try:
            load()
        except RuntimeError as err:
            print(f"{type(err).__name__}: {err}")
            #> RuntimeError: Error(s) in loading state_dict for Linear:
            #> \tMissing key(s) in state_dict: "weight".
        """
    ) == [
        (
            "RuntimeError",
            'Error(s) in loading state_dict for Linear: Missing key(s) in state_dict: "weight".',
        )
    ]


def test_booleans_printed_in_a_handler_are_not_messages():
    assert (
        errors(
            """
        try:
            allocate()
        except RuntimeError as err:
            print(type(err).__name__, isinstance(err, MemoryError))
            #> RuntimeError False
            print("memory" in str(err))
            #> True
        """
        )
        == []
    )


def test_a_printed_type_name_names_the_message_after_it():
    assert errors(
        """
        try:
            export()
        except RuntimeError as err:
            print(type(err).__name__)
            #> GuardOnDataDependentSymNode
            print(str(err).splitlines()[0])
            #> Could not guard on data-dependent expression
        """
    ) == [
        ("GuardOnDataDependentSymNode", "Could not guard on data-dependent expression")
    ]


def test_a_print_in_a_loop_gives_one_entry_per_error():
    assert errors(
        """
        for shape in shapes:
            try:
                run(shape)
            except AssertionError as err:
                print(f"{type(err).__name__}: {err}")
                #> AssertionError: Guard failed: a
                #> AssertionError: Guard failed: b
        """
    ) == [
        ("AssertionError", "Guard failed: a"),
        ("AssertionError", "Guard failed: b"),
    ]


def test_a_second_line_of_the_message_joins_the_first():
    assert errors(
        """
        try:
            save()
        except RuntimeError as err:
            print(f"{type(err).__name__}: {lines[0]}")
            #> RuntimeError: Some tensors share memory
            print(lines[1])
            #> Use save_model.
        """
    ) == [("RuntimeError", "Some tensors share memory Use save_model.")]
