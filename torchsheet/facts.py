"""What the test run observed of each snippet, stored for the site build.

For every snippet the suite runs in-process on the pinned torch without a GPU,
data/facts.json keeps what no reading of the code can tell for sure:

- `kinds`: what each module-level name held at the end of the run (a tensor,
  a module, an optimizer or a scheduler), so that the API index credits
  `x.split(...)` to `torch.Tensor.split` only where `x` was a tensor;
- `raised`: for each print statement that printed while an exception was
  being handled, the type of that exception, for the error index. A print
  statement is named by its place among the module's print statements ("0"
  for the first), which rewriting `#>` lines does not change.

The suite fails when a run observes something else than the file says, and
`--update-examples` rewrites the entry (as it rewrites `#>` lines).
"""

from __future__ import annotations

import contextlib
import fcntl
import json

from torchsheet.paths import DATA

PATH = DATA / "facts.json"


def observed(recorder) -> dict:
    return {
        "kinds": dict(sorted(recorder.kinds.items())),
        "raised": {str(line): kind for line, kind in sorted(recorder.raised.items())},
    }


def load() -> dict:
    return json.loads(PATH.read_text(encoding="utf-8")) if PATH.exists() else {}


@contextlib.contextmanager
def _locked():
    lock = PATH.with_suffix(".lock")
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def store(target: str, entry: dict) -> None:
    """Write one snippet's entry (safe when several test processes write)."""
    with _locked():
        data = load()
        if data.get(target) == entry:
            return
        data[target] = entry
        text = json.dumps(dict(sorted(data.items())), indent=1, sort_keys=True)
        PATH.write_text(text + "\n", encoding="utf-8")


def forget_missing(targets: set[str]) -> None:
    """Drop the entries of snippets that no longer exist."""
    with _locked():
        data = load()
        kept = {key: value for key, value in data.items() if key in targets}
        if kept != data:
            text = json.dumps(kept, indent=1, sort_keys=True)
            PATH.write_text(text + "\n", encoding="utf-8")
