"""The HTML brief as a page people open: in a real browser (headless Chromium) at phone
width, and its colours against WCAG AA in both palettes."""

import os
import re
import shutil
import subprocess

import pytest

from conftest import SEED

PHONE = 390
LONG_URL = "https://example.org/" + "/".join(["averylongpathsegmentwithoutanybreak"] * 8) + "/index.html"


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    if os.environ.get("CI"):
        pytest.fail("headless Chromium is not installed: .ci/run installs it (apt-get install chromium)")
    pytest.skip("headless Chromium is not installed (apt-get install chromium)")


def page_width(browser: str, page, width: int) -> tuple[int, int]:
    """(scroll width, viewport width) of a page laid out in a frame `width` CSS pixels wide."""
    frame = page.with_name(page.stem + "-frame.html")
    frame.write_text(
        f'<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="{page.name}" '
        f'style="width:{width}px;height:900px;border:0"></iframe><script>'
        'addEventListener("load", function () { var d = document.getElementById("f").contentDocument'
        '.documentElement; document.body.setAttribute("data-width", d.scrollWidth + " " + d.clientWidth); });'
        "</script></body></html>",
        encoding="utf-8",
    )
    out = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--allow-file-access-from-files",
            "--virtual-time-budget=3000",
            "--dump-dom",
            frame.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    found = re.search(r'data-width="(\d+) (\d+)"', out.stdout)
    assert found, out.stderr[-500:]
    return int(found.group(1)), int(found.group(2))


def test_no_horizontal_overflow_on_a_phone(run, tmp_path):
    browser = chromium()
    article = tmp_path / "links.txt"
    article.write_text(
        "Port talks resume after a week of delays\n\n"
        f"The full agreement was published at {LONG_URL} on Monday, officials said.\n\n"
        "Negotiators from the two port cities met in Valport on Monday to settle a dispute over fishing rights.\n\n"
        "“We will reopen the northern channel before the spring season, whatever it costs,” Mayor Ana Ruiz said.\n",
        encoding="utf-8",
    )
    for source in (SEED, article):
        page = tmp_path / f"{source.stem}.html"
        assert run("brief", source, "-o", page, "--ratio", "1", "--explain").exit_code == 0
        scroll, viewport = page_width(browser, page, PHONE)
        assert viewport <= PHONE and scroll <= viewport, (source.name, scroll, viewport)


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def palettes(css: str) -> list[dict[str, str]]:
    """The colour variables of the light palette, and of each override (dark, print) applied over it."""
    blocks = re.findall(r":root\s*\{([^}]*)\}", css)
    light = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", blocks[0]))
    return [light] + [light | dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", b)) for b in blocks[1:]]


def test_small_text_meets_wcag_aa_in_every_palette(run):
    page = run("brief", SEED, "-f", "html", "--explain").stdout
    assert re.search(r'<html lang="en">', page)
    css = page[page.index("<style>") : page.index("</style>")]
    assert "prefers-color-scheme: dark" in css and "@media print" in css
    found = palettes(css)
    assert len(found) == 3  # light, dark, print
    for colours in found:
        for fg in ("ink", "muted", "accent", "quote"):
            # Sentence numbers, tags and explanations are small text: 4.5:1 at least.
            assert contrast(colours[fg], colours["bg"]) >= 4.5, (fg, colours)
        assert contrast(colours["muted"], colours["tag"]) >= 4.5


def test_print_keeps_quotes_with_speakers_and_headings_with_their_first_point(run):
    page = run("brief", SEED, "-f", "html").stdout
    printing = page[page.index("@media print") : page.index("</style>")]
    assert re.search(r"blockquote[^{]*\{[^}]*break-inside:\s*avoid", printing)
    assert re.search(r"h3[^{]*\{[^}]*break-after:\s*avoid", printing)
    # The speaker is inside the quote's own block, so avoiding a break inside it keeps them together.
    assert re.search(r"<blockquote>\n<p>.*</p>\n<footer>— <cite>", page)
