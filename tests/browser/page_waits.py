"""Waiting for a condition in a page that runs under the site's Content-Security-Policy."""

import time


def wait_until(page, expression, arg=None, timeout=10_000):
    """Waits until `expression` (a JavaScript function of `arg`) is true in the page.

    Playwright's own wait_for_function evaluates its predicate with `eval` inside the
    page, which the site's Content-Security-Policy forbids, as it should; each
    page.evaluate here goes through the DevTools protocol, which the policy does not
    govern."""
    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} ms: {expression}")
        page.wait_for_timeout(100)
