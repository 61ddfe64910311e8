"""A district editor changes their district's page and submits it; a moderator approves
it; readers see the change. In Chromium, against the production server."""

import psycopg
import pytest

pytestmark = pytest.mark.browser

NEW_INTRO = "Neu: Beratung für Zugewanderte jetzt auch dienstags in Parchim."


def district_page(server_env):
    """Id and public path of the German page of Ludwigslust-Parchim on the server's database."""
    url = server_env["DATABASE_URL"]
    with psycopg.connect(url.replace("postgresql://", "postgres://", 1)) as conn:
        row = conn.execute(
            """
            SELECT page.id, page.url_path FROM wagtailcore_page page
            JOIN home_districtpage district_page ON district_page.page_ptr_id = page.id
            JOIN directory_district district ON district.id = district_page.district_id
            JOIN wagtailcore_locale locale ON locale.id = page.locale_id
            WHERE district.slug = 'ludwigslust-parchim' AND locale.language_code = 'de'
            """
        ).fetchone()
    page_id, url_path = row
    # url_path starts with the home page's slug, which the /de/ prefix stands for.
    return page_id, "/de/" + "/".join(url_path.strip("/").split("/")[1:]) + "/"


def log_in(context, site_url, username, password):
    page = context.new_page()
    page.goto(f"{site_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site_url}/admin/")
    return page


def test_district_editor_submits_and_moderator_approves(
    browser, site_url, server_env, editor_accounts, screenshots
):
    page_id, public_path = district_page(server_env)
    edit_url = f"{site_url}/admin/pages/{page_id}/edit/"

    editor_context = browser.new_context()
    editor = log_in(
        editor_context,
        site_url,
        "browser-district-editor",
        editor_accounts["browser-district-editor"],
    )
    editor.goto(edit_url)
    editor.fill("#id_intro", NEW_INTRO)
    # Without the right to publish, the footer offers saving and submitting, not publishing.
    assert editor.locator('button[name="action-publish"]').count() == 0
    editor.locator("footer .w-dropdown__toggle").first.click()
    with editor.expect_navigation():
        editor.locator('button[name="action-submit"]').click()
    editor.screenshot(path=screenshots / "admin-district-editor-submitted.png", full_page=True)
    editor_context.close()

    reader = browser.new_context()
    public = reader.new_page()
    assert public.goto(f"{site_url}{public_path}").ok
    assert NEW_INTRO not in public.content()

    moderator_context = browser.new_context()
    moderator = log_in(
        moderator_context, site_url, "browser-moderator", editor_accounts["browser-moderator"]
    )
    # The submission waits on the moderator's dashboard.
    assert moderator.get_by_text("Landkreis Ludwigslust-Parchim").count() > 0
    moderator.goto(edit_url)
    approve = moderator.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    if not approve.first.is_visible():
        moderator.locator("footer .w-dropdown__toggle").first.click()
    with moderator.expect_navigation():
        approve.first.click()
    moderator.screenshot(path=screenshots / "admin-moderator-approved.png", full_page=True)
    moderator_context.close()

    reader.close()
    later_reader = browser.new_context()
    public = later_reader.new_page()
    public.goto(f"{site_url}{public_path}")
    assert NEW_INTRO in public.content()
    later_reader.close()
