"""Reading the site: contrast, phone width, versions, Home's first screen, the
notebook pages and the generated indexes."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAV_ENTRY = re.compile(r"^\s*-\s[^:\n]+:\s*([\w/.-]+\.(?:md|ipynb))\s*$", re.MULTILINE)


def site_pages() -> list[str]:
    """Every page in the nav, as its path on the site ("" for Home)."""
    paths = []
    for source in NAV_ENTRY.findall((ROOT / "mkdocs.yml").read_text(encoding="utf-8")):
        stem = source.rsplit(".", 1)[0]
        paths.append("" if stem == "index" else stem + "/")
    return paths


PAGES = site_pages()

CONTRAST = """
(selectors) => {
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
  const ratio = (el) => {
    const bg = background(el);
    const [r, g, b, a = 1] = parse(getComputedStyle(el).color);
    const fg = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a)];
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const out = {};
  for (const [name, selector] of Object.entries(selectors)) {
    let elements = selector ? [...document.querySelectorAll(selector)] : [];
    if (name === "output lines")
      elements = [...document.querySelectorAll(".md-typeset pre code span")].filter(
        (s) => s.textContent.startsWith("#>") && !s.querySelector("span"));
    elements = elements.filter((e) => e.getClientRects().length);
    out[name] = elements.length ? Math.min(...elements.slice(0, 50).map(ratio)) : null;
  }
  return out;
}
"""

TEXTS = {
    "header title": ".md-header__topic .md-ellipsis",
    "content links": ".md-content .md-typeset a:not(.headerlink):not(.md-content__button)",
    "active nav item": ".md-nav__link--active",
    "body text": ".md-content .md-typeset p",
    "output lines": "",
}


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_text_contrast_meets_wcag_aa(page, site_url, scheme):
    page.set_viewport_size({"width": 1400, "height": 1000})
    # the palette a reader's system asks for, as on a first visit
    page.emulate_media(color_scheme="dark" if scheme == "slate" else "light")
    page.goto(f"{site_url}/save-load/")
    page.evaluate("localStorage.clear()")
    page.reload()
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


def pins() -> dict[str, str]:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    return dict(re.match(r"(.+)==(.+)", pin).groups() for pin in groups["torch"])


@pytest.fixture(scope="module")
def on_a_phone(page, site_url):
    """Every page opened once at a phone's width: its width and version line."""
    page.set_viewport_size({"width": 390, "height": 844})
    seen = {}
    for path in PAGES:
        page.goto(f"{site_url}/{path}", wait_until="load")
        line = page.locator(".ts-provenance").first
        seen[path or "Home"] = {
            "width": page.evaluate("document.documentElement.scrollWidth"),
            "versions": line.inner_text() if line.count() else "",
        }
    page.set_viewport_size({"width": 1280, "height": 720})
    return seen


def test_no_page_is_wider_than_a_phone(on_a_phone):
    wide = {
        path: seen["width"] for path, seen in on_a_phone.items() if seen["width"] > 390
    }
    assert not wide, f"pages wider than a 390 px phone: {wide}"


def test_every_page_says_which_versions_its_outputs_come_from(on_a_phone):
    versions = pins()
    missing = []
    for path, seen in on_a_phone.items():
        wanted = [
            f"torch {versions['torch']}",
            f"torchvision {versions['torchvision']}",
        ]
        if not path.startswith("notebooks/"):
            wanted += ["NVIDIA H100 80GB HBM3", "2.11.0+cu130"]
        if not all(part in seen["versions"] for part in wanted):
            missing.append(path)
    assert not missing, f"no version line under the title of {missing}"


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
    assert page.locator(".md-header__source, .md-source").count() == 0  # no repo_url


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
