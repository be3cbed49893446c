"""Which snippets are CUDA snippets, and which of a GPU run's output to take.

Part of the GPU proof (tools/gpu_proof.py). In a file marked `# requires: cuda`
every `#>` block is CUDA output; elsewhere only the `#> [cuda ...]` variants
are. merge_cuda_output takes from the `--update-examples` rewrite only that
CUDA output, puts back any other block the GPU printed differently, and lists
it. Standard library only: the snippet format comes from torchsheet/snippet.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from torchsheet.snippet import OUTPUT_LINE, Snippet, parse_marker

CUDA_REQUIREMENTS = {"cuda", "gpus2"}


def output_text(line: str) -> str | None:
    match = OUTPUT_LINE.match(line)
    return None if match is None else (match["text"] or "").strip()


def texts(lines: list[str]) -> list[str]:
    return [output_text(line) or "" for line in lines]


def is_cuda_marker(text: str | None) -> bool:
    conditions = parse_marker(text or "")
    return any(condition.device == "cuda" for condition in conditions or ())


def requires_cuda(source: str) -> bool:
    return bool(set(Snippet(source).requires) & CUDA_REQUIREMENTS)


def cuda_kind(source: str) -> str | None:
    """'requires' (all its output is CUDA output), 'variant' or None."""
    if requires_cuda(source):
        return "requires"
    if any(is_cuda_marker(output_text(line)) for line in source.splitlines()):
        return "variant"
    return None


def cuda_snippets(root: Path) -> dict[str, str]:
    found = {}
    for path in sorted((root / "snippets").glob("*/*.py")):
        kind = cuda_kind(path.read_text(encoding="utf-8"))
        if kind:
            found[path.relative_to(root).as_posix()] = kind
    return found


def blocks_of(source: str) -> tuple[list[str], list[list[str]]]:
    """The lines that are not `#>` lines, and the `#>` block after each of them
    (the first block is what comes before the first such line)."""
    code: list[str] = []
    blocks: list[list[str]] = [[]]
    for line in source.splitlines():
        if OUTPUT_LINE.match(line):
            blocks[-1].append(line)
        else:
            code.append(line)
            blocks.append([])
    return code, blocks


def segments_of(block: list[str]) -> list[tuple[str | None, list[str]]]:
    """A block split at its variant markers: [(None, default), (marker, lines)...]."""
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in block:
        text = output_text(line)
        if parse_marker(text or "") is not None:
            segments.append((text, [line]))
        else:
            segments[-1][1].append(line)
    return segments


def merge_cuda_output(original: str, rewritten: str, kind: str):
    """Take from `rewritten` only its CUDA output.

    Returns the merged source and the blocks that the GPU printed differently
    outside a `[cuda]` variant, which were kept as they were: a list of
    (line number in the merged source, lines kept, lines the GPU printed).
    """
    if kind == "requires" or original == rewritten:
        return rewritten, []
    code, old_blocks = blocks_of(original)
    new_code, new_blocks = blocks_of(rewritten)
    if code != new_code:
        raise ValueError("the rewrite changed lines that are not #> lines")
    merged: list[str] = []
    kept = []
    for index, (old, new) in enumerate(zip(old_blocks, new_blocks, strict=True)):
        if index:
            merged.append(code[index - 1])
        if old == new:
            merged += old
            continue
        new_by_marker = dict(segments_of(new))
        for marker, lines in segments_of(old):
            replacement = new_by_marker.get(marker, lines)
            if is_cuda_marker(marker):
                merged += replacement
                continue
            merged += lines
            if replacement != lines:  # also a print that had no #> block
                first = len(merged) - len(lines) + (1 if lines else 0)
                kept.append((first, texts(lines), texts(replacement)))
    return "\n".join(merged) + "\n", kept
