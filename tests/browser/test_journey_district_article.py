"""Journeys of the publishing workflow, in Chromium against the production server:
a district editor writes an article in their district section and submits it, a
moderator approves it on their dashboard, readers see it; and two editors on one page
do not silently overwrite each other."""

import re

import pytest

pytestmark = pytest.mark.browser

TITLE = "Neue Sprechstunde der Migrationsberatung"
INTRO = "Ab Dezember berät die Migrationsberatung in Parchim auch dienstags."
TEXT = "Die Beratung findet im Rathaus statt, Zimmer 12. Eine Anmeldung ist nicht nötig."


def test_a_district_article_is_submitted_approved_and_read(new_context, log_in, shot, admin):
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    admin.open_german_tree(editor)
    admin.row_actions(editor, "Landkreis Ludwigslust-Parchim")
    editor.get_by_role("link", name=re.compile("Add child page")).click()
    editor.get_by_role("link", name="Article", exact=True).click()
    editor.wait_for_url(re.compile(r"/admin/pages/add/home/articlepage/\d+/"))

    editor.locator("#id_title").fill(TITLE)
    editor.locator("#id_intro").fill(INTRO)
    body = editor.locator("[data-contentpath=body]")
    body.get_by_role("button", name=re.compile("Insert a block")).first.click()
    editor.get_by_role("option", name="Text").click()
    body.locator("[role=textbox]").first.click()
    editor.keyboard.type(TEXT)
    # The rich text editor stores what was typed a moment later, as after a person's pause.
    editor.wait_for_function(
        "text => [...document.querySelectorAll('input[name^=body-][name$=-value]')]"
        ".some(input => input.value.includes(text))",
        arg="Zimmer 12",
    )  # District editors may not publish: they submit for approval.
    footer = editor.locator("footer")
    assert footer.get_by_role("button", name=re.compile("Publish")).count() == 0
    footer.get_by_role("button", name=re.compile("More actions")).click()
    shot(editor, "1-editor-submits")
    with editor.expect_navigation():
        editor.get_by_role("button", name="Submit to Publishing approval").click()
    assert editor.get_by_text(f"Page '{TITLE}' created and submitted for moderation.").count() == 1

    reader = new_context()
    district = reader.new_page()
    district.goto("/de/")
    with district.expect_navigation():
        district.get_by_role("link", name="Landkreis Ludwigslust-Parchim").click()
    district_url = district.url
    assert district.get_by_role("link", name=TITLE).count() == 0, "not before approval"

    moderator = log_in(new_context(viewport={"width": 1280, "height": 900}), "moderator")
    waiting = moderator.get_by_role("row").filter(has_text=TITLE)
    assert waiting.get_by_text("editor-parchim").count() == 1
    waiting.get_by_role("button").last.click()
    shot(moderator, "2-moderator-dashboard")
    with moderator.expect_navigation():
        moderator.get_by_role("button", name="Approve", exact=True).click()
    assert moderator.get_by_role("row").filter(has_text=TITLE).count() == 0

    district.goto(district_url)
    article = district.get_by_role("link", name=TITLE)
    assert article.count() == 1
    with district.expect_navigation():
        article.click()
    assert district.locator("h1").inner_text() == TITLE
    assert TEXT in district.locator(".article__body").inner_text()
    shot(district, "3-reader")


def test_two_editors_on_one_page_do_not_overwrite_each_other(new_context, log_in, shot, admin):
    first = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    second = log_in(new_context(viewport={"width": 1280, "height": 900}), "ministry")
    for page in (first, second):
        admin.open_german_tree(page)
        page.get_by_role("link", name="Landkreis Ludwigslust-Parchim", exact=True).click()
        page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    first.locator("#id_intro").fill("Die Kreisverwaltung berät jetzt auch samstags.")
    with first.expect_navigation():
        first.get_by_role("button", name="Save draft").click()

    theirs = "Die Kreisverwaltung ist zwischen den Jahren geschlossen."
    second.locator("#id_intro").fill(theirs)
    admin.publish(second)
    shot(second, "conflict")
    assert second.get_by_text("editor-parchim saved a newer version").count() == 1
    assert second.locator("#id_intro").input_value() == theirs, "their text is still there"

    reader = new_context().new_page()
    reader.goto("/de/ludwigslust-parchim/")
    assert theirs not in reader.content()

    admin.publish(second)
    reader.reload()
    assert theirs in reader.locator(".lead").inner_text(), "a second save is a deliberate one"
