"""The copy buttons of the built site copy the programs that tests/test_copy.py runs."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import blocks  # hooks/blocks.py
import pytest

SITE = Path(os.environ.get("SITE_DIR", blocks.ROOT / "site"))
BLOCK = re.compile(r'<div class="ts-block" data-source="(?P<source>[^"]+)" data-copy="(?P<copy>[^"]*)"')
CODE = re.compile(r'<div class="language-(?P<language>\w+) highlight"')
NOTEBOOKS = "notebooks"


def pages() -> list[Path]:
    return [
        path
        for path in sorted(SITE.rglob("index.html"))
        if NOTEBOOKS not in path.relative_to(SITE).parts
    ]


def test_every_python_block_copies_a_tested_program():
    if not (SITE / "index.html").exists():
        pytest.fail(f"no built site in {SITE}: run `nox -s docs`", pytrace=False)
    checked, problems = 0, []
    for page in pages():
        text = page.read_text(encoding="utf-8")
        content = text[text.find('<article class="md-content__inner'):]
        python_blocks = [m for m in CODE.finditer(content) if m["language"] == "python"]
        found = list(BLOCK.finditer(content))
        name = page.relative_to(SITE).parent.as_posix() or "home"
        shown = len(found) + content.count('<details class="ts-setup"')
        if len(python_blocks) != shown:
            problems.append(
                f"{name}: {len(python_blocks)} python code blocks, "
                f"{shown} from snippet blocks (pasted code?)"
            )
        for match in found:
            target, _, section = match["source"].partition(":")
            expected = blocks.copy_program(target, section or None).text
            if html.unescape(match["copy"]) != expected:
                problems.append(f"{name}: {match['source']} copies another text")
            checked += 1
    assert checked > 100
    assert not problems, "\n".join(problems)


SAMPLES = [
    # (page, data-source): a section with setup, a section with annotations,
    # a whole module, a block inside a content tab.
    ("optim/", "snippets/optim/01_cross_entropy.py:nll"),
    ("nn/", "snippets/nn/03_mlp.py"),
    ("tensors/", "snippets/tensors/10_unsqueeze.py"),
    ("cuda/", "snippets/cuda/05_to_device.py"),
]


@pytest.mark.parametrize(("path", "source"), SAMPLES)
def test_copy_button_puts_the_program_on_the_clipboard(browser, site_url, path, source):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(f"{site_url}/{path}")
        block = page.locator(f".ts-block[data-source='{source}']").first
        if block.count() == 0:
            pytest.skip(f"{source} is not shown on /{path} any more")
        block.scroll_into_view_if_needed()
        code = block.locator(".highlight").last
        code.hover()
        code.locator("button.md-code__button[data-md-type='copy']").first.click()
        copied = page.evaluate("navigator.clipboard.readText()")
        target, _, section = source.partition(":")
        expected = blocks.copy_program(target, section or None).text
        assert copied == expected.rstrip()
        assert not re.search(r"#\s*\(\d+\)", copied), "annotation markers copied"
        link = block.locator("a.ts-file")
        response = page.request.get(f"{site_url}/{path}{link.get_attribute('href')}")
        assert response.ok and response.text() == (blocks.ROOT / target).read_text()
    finally:
        context.close()
