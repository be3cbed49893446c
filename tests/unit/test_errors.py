"""The error index reads error messages out of the snippets' `#>` output.

These cases are the forms the snippets print errors in; each once gave the
index a wrong entry ("RuntimeError: True", a message cut after its first line).
"""

from __future__ import annotations

import textwrap

from torchsheet.errors import error_lines
from torchsheet.snippet import Snippet


def errors(source: str, raised=None, conditions=False) -> list[tuple]:
    shown = error_lines(Snippet(textwrap.dedent(source)), raised)
    if conditions:
        return [(e.kind, e.message, tuple(map(str, e.conditions))) for e in shown]
    return [(e.kind, e.message) for e in shown]


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


def test_every_wording_of_a_message_is_indexed():
    assert errors(
        """
        try:
            torch.mm(a, b)
        except RuntimeError as err:
            print(f"{type(err).__name__}: {err}")
            #> RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied
            #> [torch<2.15]
            #> RuntimeError: mat1 and mat2 shapes cannot be multiplied
        """,
        conditions=True,
    ) == [
        ("RuntimeError", "mm: mat1 and mat2 shapes cannot be multiplied", ()),
        ("RuntimeError", "mat1 and mat2 shapes cannot be multiplied", ("torch<2.15",)),
    ]


def test_the_type_the_run_saw_raised_names_a_bare_message():
    source = """
        try:
            grid.mean()
        except Exception as err:
            print(err)
            #> mean(): could not infer output dtype
        """
    assert errors(source) == [("Exception", "mean(): could not infer output dtype")]
    assert errors(source, raised={"0": "NotImplementedError"}) == [
        ("NotImplementedError", "mean(): could not infer output dtype")
    ]


def test_output_under_a_cuda_marker_is_not_the_cpu_wording():
    assert errors(
        """
        print(describe())
        #> ValueError: no GPU
        #> [cuda]
        #> RuntimeError: on the GPU
        """,
        conditions=True,
    ) == [
        ("ValueError", "no GPU", ()),
        ("RuntimeError", "on the GPU", ("cuda",)),
    ]
