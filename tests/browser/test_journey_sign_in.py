"""Journey: someone types wrong passwords into the admin's sign-in form; after the fifth
they see, in the admin's design, that signing in with that account name is paused and
what to do, and the page holds no inline script blocked by the admin's policy (any
console error fails the test). An account name nobody uses is locked, so that no other
test's account is."""

import pytest

from welcome.editorial.sign_in import LOCKOUT_FAILURES

pytestmark = pytest.mark.browser

NOBODY = "niemand-der-hier-arbeitet"


def test_wrong_passwords_pause_signing_in_with_a_clear_message(new_context, shot):
    context = new_context(viewport={"width": 390, "height": 844})
    context.watch.expect_status(429, "/admin/login/")
    page = context.new_page()
    page.goto("/admin/login/")
    for attempt in range(1, LOCKOUT_FAILURES + 1):
        page.get_by_label("Username").fill(NOBODY)
        page.get_by_label("Password").fill(f"falsch-{attempt}")
        with page.expect_navigation():
            page.get_by_role("button", name="Sign in").click()
        if attempt < LOCKOUT_FAILURES:
            assert page.get_by_role("heading", name="Sign in to Wagtail").count() == 1
    assert page.get_by_role("heading", name="Please wait").count() == 1
    assert "signing in is paused for 15 minutes" in page.get_by_role("alert").inner_text()
    shot(page, "locked")
    with page.expect_navigation():
        page.get_by_role("link", name="Back to sign-in").click()
    assert page.get_by_label("Username").count() == 1
