"""Journey: a moderator checks the content's health in the admin and downloads one of its
tables as a spreadsheet; a district editor finds no way to the report."""

import io

import openpyxl
import pytest

pytestmark = pytest.mark.browser

TABLE = "Locations not verified for 12 months"


def test_a_moderator_downloads_a_content_health_table(new_context, log_in, shot):
    moderator = new_context(viewport={"width": 1280, "height": 900})
    page = log_in(moderator, "moderator")

    page.get_by_role("button", name="Reports").click()
    page.get_by_role("link", name="Content health").click()
    page.get_by_role("heading", name=TABLE).wait_for()
    section = page.locator("section").filter(has=page.get_by_role("heading", name=TABLE))
    listed = section.locator("tbody tr").count()
    shot(page, "1-overview")

    section.get_by_role("link", name="Open as a report to download (XLSX, CSV)").click()
    page.get_by_role("heading", name=TABLE, level=1).wait_for()
    assert page.locator("table.listing tbody tr").count() == min(listed, 100)
    shot(page, "2-report")

    page.get_by_role("navigation", name="Actions").get_by_role("button", name="Actions").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download XLSX").click()
    assert download.value.suggested_filename.startswith("content-health-locations-")
    workbook = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes()))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0] == ("Location", "District", "Last verified")
    assert len(rows) - 1 == listed


def test_a_district_editor_has_no_way_to_the_report(new_context, log_in):
    editor = new_context(viewport={"width": 1280, "height": 900})
    page = log_in(editor, "editor-parchim")
    assert page.get_by_role("link", name="Content health").count() == 0
    for path in ("/admin/reports/content-health/", "/admin/reports/content-health/locations/"):
        page.goto(path)
        # Wagtail answers a refusal in its admin with the dashboard and a message.
        page.get_by_text("Sorry, you do not have permission to access this area.").wait_for()
        assert page.get_by_role("heading", name=TABLE).count() == 0
