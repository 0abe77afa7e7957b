"""The HTML report: escaping of untrusted text, and a real headless-browser check."""

import re
import shutil
import subprocess

import pytest

from bilingua.compare import report_from_alignment
from bilingua.pipeline import document_from_text
from bilingua.render.html import report_to_html
from bilingua.types import Alignment, Block

HOSTILE = '<script>alert(1)</script> "><img src=x onerror=alert(2)>'


def make_report():
    fa = ["عراقچی روز چهارشنبه ۱۵ فروردین ۱۴۰۳ وارد مسکو شد.", "حجم مبادلات ۲۰ درصد افزایش داشت.",
          "دو وزیر درباره غزه رایزنی کردند."]
    en = ["Araghchi arrived in Moscow on Wednesday, April 3, 2024.", "Trade rose 25 percent.",
          f"An injected line: {HOSTILE}"]
    source = document_from_text("\n".join(fa), 'fa "<b>".txt', presplit=True, lang="fa")
    target = document_from_text("\n".join(en), "en.txt", presplit=True, lang="en")
    blocks = [Block((0,), (0,), 1.0), Block((1,), (1,), 0.9), Block((2,), ()), Block((), (2,))]
    return report_from_alignment(Alignment(source, target, blocks, mode="coverage"))


def test_document_text_and_names_are_escaped():
    page = report_to_html(make_report())
    assert "<img" not in page and "alert(1)</script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert page.count("<script>") == 1  # only the filter


def test_control_characters_of_the_text_are_not_passed_into_the_page():
    # a probe's vertical tab and form feed reached the page raw; line breaks stay
    source = document_from_text("یک جمله.\nجمله\x0b دوم.", "fa.txt", presplit=True, lang="fa")
    target = document_from_text("One\r\nsentence.\nA second\x0c one.", "en.txt", lang="en")
    page = report_to_html(report_from_alignment(Alignment(source, target, [Block((0,), (0,), 1.0),
                                                                          Block((1,), (1,), 1.0)])))
    assert "\x0b" not in page and "\x0c" not in page
    assert "جمله\ufffd دوم." in page and "A second\ufffd one." in page and "One\r\nsentence." in page


def test_page_is_self_contained_with_persian_right_to_left():
    page = report_to_html(make_report())
    assert not re.search(r"https?://|<link|@import|url\(", page)
    assert 'dir="rtl" lang="fa"' in page and 'dir="ltr" lang="en"' in page
    assert 'data-type="number_mismatch"' in page and "f-number_mismatch" in page


def test_same_report_same_bytes():
    assert report_to_html(make_report()) == report_to_html(make_report())


BROWSER = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--allow-file-access-from-files", "--enable-logging=stderr", "--v=0"]
# Loads the report in a frame and writes what the browser computed into the page title.
PROBE = """<!DOCTYPE html><html><head><title>pending</title></head><body>
<iframe id="r" src="report.html" width="1200" height="800"></iframe><script>
document.getElementById('r').addEventListener('load', function () {
  var d = this.contentDocument, fa = d.querySelector('td[lang=fa]'), en = d.querySelector('td[lang=en]');
  var box = d.querySelector('input[data-type=number_mismatch]'), item = d.querySelector('li.f-number_mismatch');
  var shown = getComputedStyle(item).display;
  box.checked = false;
  box.dispatchEvent(new Event('change'));
  document.title = [getComputedStyle(fa).direction, getComputedStyle(fa).textAlign, getComputedStyle(en).direction,
                    d.querySelectorAll('img').length, d.querySelectorAll('script').length,
                    d.querySelectorAll('tr.block').length, shown, getComputedStyle(item).display,
                    getComputedStyle(d.querySelector('th[dir=rtl] bdi')).direction].join('|');
});
</script></body></html>"""


def run_browser(tmp_path, *args):
    profile = tmp_path / "profile"
    cmd = [BROWSER, *FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=90)


def console_errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "CONSOLE" in line and ("Uncaught" in line or "rror" in line)]


@pytest.mark.skipif(BROWSER is None, reason="no Chromium here (CI installs Debian's chromium package)")
def test_report_renders_in_a_real_browser(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(report_to_html(make_report()), encoding="utf-8")
    (tmp_path / "probe.html").write_text(PROBE, encoding="utf-8")

    probe = run_browser(tmp_path, "--virtual-time-budget=5000", "--dump-dom", (tmp_path / "probe.html").as_uri())
    title = re.search(r"<title>(.*?)</title>", probe.stdout).group(1)
    # Persian column right to left, nothing injected, 4 blocks, the type filter hides a finding,
    # and the file name heading the Persian column reads left to right, as it is written.
    assert title == "rtl|right|ltr|0|1|4|list-item|none|ltr", probe.stderr[-2000:]

    shot = tmp_path / "report.png"
    loaded = run_browser(tmp_path, "--window-size=1280,900", f"--screenshot={shot}", page.as_uri())
    assert console_errors(loaded.stderr) == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000


@pytest.mark.skipif(BROWSER is None, reason="no Chromium here (CI installs Debian's chromium package)")
def test_console_error_check_catches_a_broken_page(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_text("<!DOCTYPE html><html><body><script>undefinedFunction()</script></body></html>")
    result = run_browser(tmp_path, "--dump-dom", broken.as_uri())
    assert console_errors(result.stderr)


def test_a_persian_quotation_in_a_message_is_isolated_whole_with_its_guillemets():
    from bilingua.render.html import _isolate_persian

    message = "source sentence 8 has no counterpart in the target: «مترو روزانه ۲ میلیون سفر را پوشش می‌دهد.»"
    assert _isolate_persian(message).endswith('<bdi dir="rtl">«مترو روزانه ۲ میلیون سفر را پوشش می‌دهد.»</bdi>')
    assert _isolate_persian("names differ: source has مهدی چمران; target has Mohsen Hashemi") == (
        'names differ: source has <bdi dir="rtl">مهدی چمران</bdi>; target has Mohsen Hashemi')
