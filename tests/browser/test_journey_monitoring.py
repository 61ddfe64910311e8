"""Journey: a district editor enters a figure of the integration monitoring through the
admin; a reader finds it from the district's page, as a chart with its data table, in
German and in Arabic, downloads it as CSV and compares the districts on the state's
page; the ministry compares them in its report.

Only the editor's clicks and typing make the figure."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

INDICATOR = "Wartezeit auf einen Kursplatz"
SOURCE = "Kreisverwaltung Ludwigslust-Parchim, Kursstatistik"


def test_a_district_enters_a_figure_that_readers_then_see_as_a_chart(
    new_context, log_in, shot, axe, html_checker
):
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    editor.get_by_role("button", name="Integration monitoring").click()
    editor.get_by_role("link", name="Figures").click()
    editor.get_by_role("link", name="Add indicator value").first.click()
    editor.wait_for_url("**/snippets/monitoring/indicatorvalue/add/**")
    editor.locator("#id_indicator").select_option(label=INDICATOR)
    district = editor.locator("#id_district")
    assert district.locator("option").all_inner_texts() == ["Ludwigslust-Parchim"]
    for field, day in (("period_start", "2026-01-01"), ("period_end", "2026-06-30")):
        editor.locator(f"#id_{field}").fill(day)
        editor.keyboard.press("Escape")
    editor.locator("#id_value").fill("6.0")
    editor.locator("#id_source").fill(SOURCE)
    editor.locator("#id_source_date").fill("2026-07-15")
    editor.keyboard.press("Escape")
    shot(editor, "1-figure-form")
    editor.get_by_role("button", name="Save").first.click()
    editor.wait_for_url(re.compile(r"/snippets/monitoring/indicatorvalue/(\?.*)?$"))
    # A typo: the editor opens the figure again and corrects it.
    # The list shows the newest period first.
    row = editor.locator("table.listing tbody tr").first
    assert INDICATOR in row.inner_text()
    row.locator("a[href*='/edit/']").first.click()
    editor.wait_for_url(re.compile(r"/snippets/monitoring/indicatorvalue/edit/\d+/"))
    editor.locator("#id_value").fill("6.5")
    editor.get_by_role("button", name="Save").first.click()
    editor.wait_for_url(re.compile(r"/snippets/monitoring/indicatorvalue/(\?.*)?$"))

    reader = new_context().new_page()
    reader.goto("/de/ludwigslust-parchim/")
    reader.get_by_role("link", name="Integration in diesem Landkreis in Zahlen").click()
    reader.wait_for_url("**/ludwigslust-parchim/")
    section = reader.locator("section", has=reader.get_by_role("heading", name=INDICATOR))
    assert section.locator("svg.chart[role='img']").count() == 1
    row = section.locator("tbody tr", has_text="01.01.2026–30.06.2026")
    assert row.locator("td.figures__number").inner_text() == "6,5"
    assert SOURCE in row.inner_text()
    assert axe(reader) == []
    assert html_checker(reader.content()) == []
    shot(reader, "2-district-de")

    with reader.expect_download() as download:
        reader.get_by_role("link", name="Diese Zahlen als Tabelle (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    assert f"{INDICATOR},Wochen,Ludwigslust-Parchim,2026-01-01,2026-06-30,6.50," in text

    reader.locator(".language-switcher__toggle").click()
    reader.locator(".language-switcher__link[hreflang='ar']").click()
    reader.wait_for_load_state()
    assert reader.locator("html").get_attribute("dir") == "rtl"
    assert "/ludwigslust-parchim/" in reader.url
    assert reader.locator("svg.chart").count() >= 4
    assert axe(reader) == []
    assert html_checker(reader.content()) == []
    shot(reader, "3-district-ar")

    reader.goto("/de/ludwigslust-parchim/")
    reader.get_by_role("link", name="Integration in diesem Landkreis in Zahlen").click()
    reader.get_by_role("link", name="Alle Landkreise im Vergleich").click()
    reader.wait_for_load_state()
    assert reader.get_by_role("heading", name="Landkreise im Vergleich, 2025").count() == 4
    assert axe(reader) == []
    assert html_checker(reader.content()) == []
    shot(reader, "4-state-de")
    reader.locator(".language-switcher__toggle").click()
    reader.locator(".language-switcher__link[hreflang='ar']").click()
    reader.wait_for_load_state()
    assert axe(reader) == []
    assert html_checker(reader.content()) == []
    shot(reader, "5-state-ar")

    ministry = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    ministry.goto("/admin/reports/content-health/monitoring/")
    report = ministry.locator("table.listing")
    assert report.locator("tr", has_text=INDICATOR).filter(has_text="Ludwigslust-Parchim").count()
    shot(ministry, "6-ministry-comparison")
