"""The copy buttons of the built site copy the programs that tests/test_copy.py runs."""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from torchsheet import generate
from torchsheet import program as blocks
from torchsheet.paths import ROOT

SITE = Path(os.environ.get("SITE_DIR", ROOT / "site"))
NOTEBOOKS = "notebooks"


class Blocks(HTMLParser):
    """The snippet blocks, python code blocks and folded setups of a page's content."""

    def __init__(self):
        super().__init__()
        self.blocks: list[dict[str, str]] = []
        self.python = self.setups = 0
        self.in_content = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "article" and "md-content__inner" in classes:
            self.in_content = True
        if not self.in_content:
            return
        if tag == "div" and "ts-block" in classes:
            self.blocks.append(attributes)
        elif tag == "div" and "language-python" in classes and "highlight" in classes:
            self.python += 1
        elif tag == "details" and "ts-setup" in classes:
            self.setups += 1


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
        parsed = Blocks()
        parsed.feed(page.read_text(encoding="utf-8"))
        name = page.relative_to(SITE).parent.as_posix() or "home"
        if parsed.python != len(parsed.blocks) + parsed.setups:
            problems.append(
                f"{name}: {parsed.python} python code blocks, "
                f"{len(parsed.blocks) + parsed.setups} from snippets (pasted code?)"
            )
        for block in parsed.blocks:
            target, _, section = block["data-source"].partition(":")
            expected = blocks.copy_program(target, section or None).text
            if block["data-copy"] != expected:
                problems.append(f"{name}: {block['data-source']} copies another text")
            checked += 1
    assert checked > 100
    assert not problems, "\n".join(problems)


SAMPLES = [
    # (page, data-source): a section with setup, a section with annotations,
    # a whole module, a block inside a content tab.
    ("optim/", "snippets/optim/01_cross_entropy.py:nll"),
    ("nn/", "snippets/nn/03_mlp.py:define"),
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
            pytest.fail(f"{source} is not shown on /{path}: update SAMPLES")
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
        assert response.ok and response.text() == generate.download_text(ROOT / target)
    finally:
        context.close()
