"""Journey: a district editor writes a news item of their district and submits it, a
moderator approves it, and a reader on a phone finds it on the news page with the
district filter, on the district page, and in the district's feed."""

import re

import pytest

pytestmark = pytest.mark.browser

TITLE = "Sprachcafé in Parchim öffnet wieder"
INTRO = "Ab Januar treffen sich Lernende und Ehrenamtliche wieder donnerstags."


def test_a_district_news_item_is_written_approved_and_followed(new_context, log_in, shot, admin):
    editor = log_in(new_context(viewport={"width": 1280, "height": 900}), "editor-parchim")
    admin.open_german_tree(editor)
    admin.row_actions(editor, "Landkreis Ludwigslust-Parchim")
    editor.get_by_role("link", name=re.compile("Add child page")).click()
    editor.get_by_role("link", name="News item", exact=True).click()
    editor.wait_for_url(re.compile(r"/admin/pages/add/home/newspage/\d+/"))
    admin.type_title(editor, TITLE)
    editor.locator("#id_intro").fill(INTRO)
    admin.submit(editor)
    shot(editor, "1-editor-submitted")

    moderator = log_in(new_context(viewport={"width": 1280, "height": 900}), "moderator")
    admin.approve(moderator, TITLE)

    reader = new_context().new_page()
    reader.goto("/de/")
    with reader.expect_navigation():
        reader.get_by_role("link", name="Alle Meldungen").click()
    reader.locator("#id_district").select_option(label="Landkreis Ludwigslust-Parchim")
    with reader.expect_navigation():
        reader.get_by_role("button", name="Anzeigen").click()
    assert reader.get_by_role("link", name=TITLE).count() == 1
    assert "Neue Sprechzeiten der Anerkennungsberatung" not in reader.content()
    shot(reader, "2-reader-news")

    feed_url = reader.get_by_role("link", name="RSS").get_attribute("href")
    assert feed_url.endswith("/rss/ludwigslust-parchim/")
    response = reader.request.get(feed_url)
    assert response.ok and TITLE in response.text()

    with reader.expect_navigation():
        reader.get_by_role("link", name=TITLE).click()
    assert reader.locator("h1").inner_text() == TITLE
    shot(reader, "3-reader-item")
