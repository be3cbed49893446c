"""Pages and snippets point at each other: no dead include, no orphan snippet."""

import re

import harness

INCLUDES = harness.includes()


def test_every_include_exists():
    missing = []
    for include in INCLUDES:
        target = harness.ROOT / include.target
        if not target.is_file():
            missing.append(f"{include.page}: {include.target} does not exist")
        elif include.section and include.section not in harness.sections(
            target.read_text(encoding="utf-8")
        ):
            missing.append(
                f"{include.page}: no section {include.section!r} in {include.target}"
            )
    assert not missing, "\n".join(missing)


def test_every_snippet_is_shown_on_a_page():
    shown = {(include.target, include.section) for include in INCLUDES}
    orphans = []
    for path in harness.find_snippets():
        name = harness.relative(path)
        if (name, None) in shown:
            continue
        named = harness.sections(path.read_text(encoding="utf-8"))
        hidden = [section for section in named if (name, section) not in shown]
        if not named:
            orphans.append(f"{name} is included by no page")
        elif hidden:
            orphans.append(f"{name}: sections {hidden} are included by no page")
    assert not orphans, "\n".join(orphans)


def test_snippet_file_names_follow_the_contract():
    bad = [
        harness.relative(path)
        for path in harness.find_snippets()
        if not re.fullmatch(r"\d\d_[a-z0-9_]+\.py", path.name)
    ]
    assert not bad, f"snippets must be named <nn>_<slug>.py: {bad}"
