"""Journey: a district editor adds a leaflet with a German and an Arabic file, uploading
both through the document chooser, and submits it; a moderator approves it; an Arabic
reader on a phone finds it on the downloads page with the topic and language filters,
is offered the Arabic file first and downloads it, and sees it on the district page."""

import re

import pytest

from welcome.demo.leaflets import sample_pdf

pytestmark = pytest.mark.browser

TITLE = "Merkblatt Wohngeld und Kinderzuschlag"
SUMMARY = "Wer Wohngeld bekommen kann und welche Unterlagen der Antrag braucht."


def upload_file(editor, form_index, language, filename):
    """Picks the language of file form `form_index` and uploads its document through
    the chooser's upload tab."""
    form = editor.locator(f"#inline_child_files-{form_index}")
    editor.locator(f"#id_files-{form_index}-language").select_option(label=language)
    form.locator("[data-chooser-action-choose]").click()
    modal = editor.locator(".modal-content")
    modal.get_by_role("tab", name="Upload").click()
    modal.get_by_label("Title").fill(f"{TITLE} ({language})")
    modal.get_by_label("File").set_input_files(
        {"name": filename, "mimeType": "application/pdf", "buffer": sample_pdf([TITLE, language])}
    )
    modal.get_by_role("button", name="Upload").click()
    modal.wait_for(state="detached")
    assert form.get_by_text(f"{TITLE} ({language})").count() == 1


def test_a_district_leaflet_is_added_approved_and_offered_in_the_readers_language(
    new_context, log_in, shot, admin
):
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    admin.open_german_tree(editor)
    admin.row_actions(editor, "Landkreis Ludwigslust-Parchim")
    editor.get_by_role("link", name=re.compile("Add child page")).click()
    editor.get_by_role("link", name="Leaflet", exact=True).click()
    editor.wait_for_url(re.compile(r"/admin/pages/add/home/leafletpage/\d+/"))

    admin.type_title(editor, TITLE)
    editor.locator("#id_topic").select_option(label="Work and benefits")
    editor.locator("#id_summary").fill(SUMMARY)
    upload_file(editor, 0, "German", "wohngeld-de.pdf")
    editor.get_by_role("button", name="Add File").click()
    upload_file(editor, 1, "Arabic", "wohngeld-ar.pdf")
    shot(editor, "1-editor-form")

    assert editor.locator("footer").get_by_role("button", name=re.compile("Publish")).count() == 0
    admin.submit(editor)
    assert editor.get_by_text(f"Page '{TITLE}' created and submitted for moderation.").count() == 1

    moderator = log_in(new_context(viewport={"width": 1280, "height": 900}), "moderator")
    admin.approve(moderator, TITLE)

    reader = new_context().new_page()
    reader.goto("/ar/")
    with reader.expect_navigation():
        reader.locator(".leaflet-teaser a").click()
    reader.locator("#id_topic").select_option("work")
    reader.locator("#id_language").select_option("ar")
    with reader.expect_navigation():
        reader.locator(".directory-filter__actions button[type=submit]").click()
    leaflet = reader.locator(".leaflet").filter(has_text=TITLE)
    assert leaflet.count() == 1
    assert leaflet.locator(".card__title").get_attribute("lang") == "de"
    main_file = leaflet.locator(".leaflet__main a")
    assert main_file.get_attribute("hreflang") == "ar"
    shot(reader, "2-reader-downloads")

    with reader.expect_download() as download_info:
        main_file.click()
    download = download_info.value
    assert download.suggested_filename.startswith("wohngeld-ar")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read(5) == b"%PDF-"

    leaflet.locator(".leaflet__more summary").click()
    assert leaflet.locator(".leaflet__languages a").get_attribute("hreflang") == "de"

    reader.goto("/ar/")
    with reader.expect_navigation():
        reader.locator(".chip", has_text="Ludwigslust-Parchim").first.click()
    on_district = reader.locator("[aria-labelledby=leaflets-heading] .leaflet").filter(
        has_text=TITLE
    )
    assert on_district.locator(".leaflet__main a").get_attribute("hreflang") == "ar"
    shot(reader, "3-reader-district")
