"""Journey: the ministry changes a state article that every district shares. The district
editor who added a local section to it is told on the dashboard and in the editor, and
confirms the section through the publishing approval; readers of the district see the
ministry's new text with the district's own section below it, in German and Arabic.
Another district adds its own local section to the same article through the admin.

Only the editors' and the moderator's clicks and typing change anything."""

import re

import pytest

pytestmark = pytest.mark.browser

ARTICLE = "Der Integrationskurs"
LOCAL = "Integrationskurs in Ludwigslust-Parchim"
NEW_INTRO = "Ab Januar gibt es mehr Kursplätze; die Anmeldung geht jetzt auch online."
ROSTOCK_TEXT = "Beispiel: In Rostock berät das Migrationszentrum zu freien Kursplätzen."


def test_districts_inherit_a_state_article_and_learn_of_its_changes(
    new_context, log_in, shot, admin, axe, html_checker
):
    desktop = {"viewport": {"width": 1280, "height": 900}}
    ministry = log_in(new_context(**desktop), "ministry")
    admin.open_german_section(ministry, "Deutsch lernen")
    ministry.get_by_role("link", name=ARTICLE, exact=True).first.click()
    ministry.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    ministry.locator("#id_intro").fill(NEW_INTRO)
    admin.publish(ministry)

    editor = log_in(new_context(**desktop), "editor-parchim")
    panel = editor.locator("#changed-state-articles-section")
    assert LOCAL in panel.inner_text()
    shot(editor, "1-dashboard")
    panel.get_by_role("link", name=LOCAL).click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    assert editor.get_by_text(f"The ministry changed “{ARTICLE}”").count() == 1
    admin.submit(editor)
    moderator = log_in(new_context(**desktop), "moderator")
    admin.approve(moderator, LOCAL)
    editor.goto("/admin/")
    assert editor.locator("#changed-state-articles-section").count() == 0

    reader = new_context().new_page()
    reader.goto("/de/ludwigslust-parchim/")
    reader.get_by_role("link", name=ARTICLE).click()
    reader.wait_for_load_state()
    main = reader.locator("main")
    assert NEW_INTRO in main.inner_text()
    assert "Beispiel: Im Landkreis beraten" in main.inner_text()
    assert axe(reader) == []
    assert html_checker(reader.content()) == []
    shot(reader, "2-local-de")
    reader.locator(".language-switcher__toggle").click()
    reader.locator(".language-switcher__link[hreflang='ar']").click()
    reader.wait_for_load_state()
    assert reader.locator("html").get_attribute("dir") == "rtl"
    assert reader.locator(".local-section [lang='de']").count() >= 1
    assert axe(reader) == []
    assert html_checker(reader.content()) == []
    shot(reader, "3-local-ar")

    rostock = log_in(new_context(**desktop), "editor-rostock")
    admin.open_german_tree(rostock)
    admin.row_actions(rostock, "Hanse- und Universitätsstadt Rostock")
    row = rostock.get_by_role("row").filter(has_text="Hanse- und Universitätsstadt Rostock")
    row.get_by_role("link", name=re.compile("Add child page")).click()
    rostock.get_by_role("link", name="Local section of a state article", exact=True).click()
    rostock.wait_for_url(re.compile(r"/admin/pages/add/home/localsectionpage/\d+/"))
    admin.type_title(rostock, "Integrationskurs in Rostock")
    rostock.locator("#id_state_article").select_option(label=ARTICLE)
    body = rostock.locator("[data-contentpath=body]")
    body.get_by_role("button", name=re.compile("Insert a block")).first.click()
    rostock.get_by_role("option", name="Text").click()
    body.locator("[role=textbox]").first.click()
    rostock.keyboard.type(ROSTOCK_TEXT)
    rostock.wait_for_function(
        "text => [...document.querySelectorAll('input[name^=body-][name$=-value]')]"
        ".some(input => input.value.includes(text))",
        arg=ROSTOCK_TEXT[-20:],
    )
    shot(rostock, "4-add-local-section")
    admin.submit(rostock)
    moderator.goto("/admin/")
    admin.approve(moderator, "Integrationskurs in Rostock")

    reader.goto("/de/rostock/")
    reader.get_by_role("link", name=ARTICLE).click()
    reader.wait_for_load_state()
    assert ROSTOCK_TEXT in reader.locator("main").inner_text()
    assert NEW_INTRO in reader.locator("main").inner_text()
    shot(reader, "5-rostock-de")
