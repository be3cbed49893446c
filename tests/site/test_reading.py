"""Reading the site: contrast, Home's first screen, the repository links, the
notebook pages and the generated indexes. What a phone reader meets (width,
wrapping, text size, edit links, versions, the menu) is in test_phone.py.
"""

from __future__ import annotations

import pytest

from tests.site.reading_helpers import PAGES, REPOSITORY

# Contrast of an element's text on its effective background, alpha and the
# opacity of the element and its ancestors included.
CONTRAST_HELPERS = """
  const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const [r, g, b, a = 1] = parse(getComputedStyle(e).backgroundColor);
      if (a > 0) layers.push([r, g, b, a]);
      if (a >= 1) break;
    }
    let color = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse())
      color = [r * a + color[0] * (1 - a), g * a + color[1] * (1 - a), b * a + color[2] * (1 - a)];
    return color;
  };
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const opacity = (el) => {
    let product = 1;
    for (let e = el; e; e = e.parentElement) product *= Number(getComputedStyle(e).opacity);
    return product;
  };
  const ratio = (el) => {
    const bg = background(el);
    let [r, g, b, a = 1] = parse(getComputedStyle(el).color);
    a *= opacity(el);
    const fg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
"""

CONTRAST = (
    """
(selectors) => {"""
    + CONTRAST_HELPERS
    + """
  const out = {};
  for (const [name, selector] of Object.entries(selectors)) {
    let elements = selector ? [...document.querySelectorAll(selector)] : [];
    if (name === "output lines")
      elements = [...document.querySelectorAll(".md-typeset pre code span")].filter(
        (s) => s.textContent.startsWith("#>") && !s.querySelector("span"));
    // shown: laid out and not fully transparent (the header swaps its two
    // titles by opacity)
    elements = elements.filter((e) => e.getClientRects().length && opacity(e) > 0);
    out[name] = elements.length ? Math.min(...elements.slice(0, 50).map(ratio)) : null;
  }
  return out;
}
"""
)

# Every token of the folded setups, opened: the lowest contrast per token class
# ("plain" for text outside any token), and the setup's look next to its block's.
SETUP_TOKENS = (
    """
() => {"""
    + CONTRAST_HELPERS
    + """
  const setups = [...document.querySelectorAll("details.ts-setup")];
  for (const setup of setups) setup.open = true;
  const tokens = {};
  const add = (name, value) => { if (!(name in tokens) || value < tokens[name]) tokens[name] = value; };
  for (const code of document.querySelectorAll("details.ts-setup pre > code")) {
    for (const span of code.querySelectorAll("span")) {
      if (!span.getClientRects().length) continue;
      const own = [...span.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      if (own) add(span.className || (span.id.startsWith("__span") ? "plain" : "span"), ratio(span));
    }
  }
  const setup = document.querySelector("details.ts-setup pre > code");
  const block = document.querySelector(".ts-block > .highlight pre > code");
  let faded = 1;
  for (let e = setup; e; e = e.parentElement) faded *= Number(getComputedStyle(e).opacity);
  return {
    setups: setups.length,
    tokens,
    opacity: faded,
    size: [parseFloat(getComputedStyle(setup).fontSize), parseFloat(getComputedStyle(block).fontSize)],
  };
}
"""
)

TEXTS = {
    "header title": ".md-header__topic .md-ellipsis",
    "content links": ".md-content .md-typeset a:not(.headerlink):not(.md-content__button)",
    "active nav item": ".md-nav__link--active",
    "body text": ".md-content .md-typeset p",
    "output lines": "",
}


def in_palette(page, url: str, scheme: str) -> None:
    """Open a page on a desktop in the palette a reader's system asks for,
    as on a first visit (no choice stored)."""
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.emulate_media(color_scheme="dark" if scheme == "slate" else "light")
    page.goto(url)
    page.evaluate("localStorage.clear()")
    page.reload()


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_text_contrast_meets_wcag_aa(page, site_url, scheme):
    in_palette(page, f"{site_url}/save-load/", scheme)
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    ratios = page.evaluate(CONTRAST, TEXTS)
    page.emulate_media(color_scheme="light")
    low = {
        name: round(value, 2)
        for name, value in ratios.items()
        if value is not None and value < 4.5
    }
    missing = [name for name, value in ratios.items() if value is None]
    assert not missing, f"nothing to measure for {missing}"
    assert not low, f"below 4.5:1 in the {scheme} palette: {low}"


NOTEBOOK_TOKENS = (
    """
() => {"""
    + CONTRAST_HELPERS
    + """
  const tokens = {};
  for (const span of document.querySelectorAll(".highlight-ipynb span[class]")) {
    if (!span.textContent.trim() || !span.getClientRects().length) continue;
    const value = ratio(span);
    if (!(span.className in tokens) || value < tokens[span.className]) tokens[span.className] = value;
  }
  return tokens;
}
"""
)


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_notebook_code_contrast_meets_wcag_aa(page, site_url, scheme):
    in_palette(page, f"{site_url}/notebooks/train-a-classifier/", scheme)
    tokens = page.evaluate(NOTEBOOK_TOKENS)
    page.emulate_media(color_scheme="light")
    assert len(tokens) >= 5
    low = {name: round(value, 2) for name, value in tokens.items() if value < 4.5}
    assert not low, f"notebook code below 4.5:1 in the {scheme} palette: {low}"


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("site_path", ["save-load/", "mistakes/"])
def test_folded_setup_is_drawn_at_full_contrast(page, site_url, scheme, site_path):
    """The setup defines what the block uses: every token at 4.5:1, unfaded, at
    the block's size (mistakes/ has its blocks inside Wrong and Right boxes)."""
    in_palette(page, f"{site_url}/{site_path}", scheme)
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    seen = page.evaluate(SETUP_TOKENS)
    page.emulate_media(color_scheme="light")
    assert seen["setups"] >= 3
    assert len(seen["tokens"]) >= 5, f"too few token kinds measured: {seen['tokens']}"
    low = {
        name: round(value, 2) for name, value in seen["tokens"].items() if value < 4.5
    }
    assert not low, f"setup tokens below 4.5:1 in the {scheme} palette: {low}"
    assert seen["opacity"] == 1, f"the setup is drawn at opacity {seen['opacity']}"
    setup_size, block_size = seen["size"]
    assert setup_size == block_size >= 12, (
        f"setup code {setup_size} px, block {block_size} px"
    )


@pytest.mark.parametrize(
    ("width", "height"), [(1400, 1000), (390, 844)], ids=["desktop", "phone"]
)
def test_home_shows_the_pages_table_on_the_first_screen(page, site_url, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(f"{site_url}/")
    table = page.locator(".md-content table").first
    top = table.evaluate("t => t.getBoundingClientRect().top")
    page.set_viewport_size({"width": 1280, "height": 720})
    assert top + 80 < height, f"the table starts at {top:.0f} px of {height}"
    links = table.locator("a")
    assert links.count() >= len(PAGES) - 1


def test_home_links_the_repository_plainly(page, site_url):
    page.goto(f"{site_url}/")
    link = page.locator(
        ".md-content a[href='https://github.com/torchsheet/torchsheet']"
    )
    assert link.count() == 1
    assert (
        "git clone https://github.com/torchsheet/torchsheet"
        in page.locator(".md-content").inner_text()
    )


def test_header_links_the_repository(page, site_url):
    """The header's repository link, its icon an inline SVG (nothing loaded)."""
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{site_url}/tensors/")
    link = page.locator(f".md-header__source a.md-source[href='{REPOSITORY}']")
    page.set_viewport_size({"width": 1280, "height": 720})
    assert link.count() == 1
    assert link.is_visible()
    assert "torchsheet/torchsheet" in link.inner_text()
    assert link.locator(".md-source__icon svg").count() == 1
    assert link.locator("img").count() == 0


@pytest.mark.parametrize("name", ["tensor-tour", "train-a-classifier"])
def test_notebook_pages_are_light_and_described(page, site_url, name):
    response = page.goto(f"{site_url}/notebooks/{name}/")
    html = response.text()
    assert len(html) < 200_000, f"{len(html)} bytes of HTML"
    assert "No description has been provided" not in html
    assert "cdnjs" not in html
    images = page.locator(".jupyter-wrapper img")
    assert images.count() >= 1
    for index in range(images.count()):
        assert len(images.nth(index).get_attribute("alt")) > 10
    # outputs wrap between words on a phone, not inside them
    assert (
        page.locator(".jp-OutputArea-output pre").first.evaluate(
            "p => getComputedStyle(p).wordBreak"
        )
        == "normal"
    )
    # the cell source is not shown twice
    assert (
        page.locator(".clipboard-copy-txt").first.evaluate(
            "e => getComputedStyle(e).display"
        )
        == "none"
    )


def test_error_and_api_indexes_link_to_sections(page, site_url):
    page.goto(f"{site_url}/errors/")
    entries = page.locator(".md-content li")
    assert entries.count() >= 30
    assert (
        "mat1 and mat2 shapes cannot be multiplied"
        in page.locator(".md-content").inner_text()
    )
    target = page.locator(".md-content li a").first.get_attribute("href")
    assert "#" in target
    page.goto(f"{site_url}/api/")
    docs = page.locator(".md-content a[href^='https://docs.pytorch.org/docs/stable/']")
    assert docs.count() >= 100
    assert (
        page.locator(
            ".md-content a[href='https://docs.pytorch.org/docs/stable/generated/torch.cat.html']"
        ).count()
        == 1
    )


def test_sections_on_the_same_api_link_each_other(page, site_url):
    page.goto(f"{site_url}/data/")
    also = page.locator(".md-content .ts-also a[href*='cuda/#']")
    assert also.count() >= 1, "the pin_memory sections of Data and CUDA do not link"
