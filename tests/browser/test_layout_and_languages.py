import pytest

pytestmark = pytest.mark.browser


def test_arabic_home_page_is_laid_out_right_to_left(phone, shot):
    page = phone.new_page()
    page.goto("/ar/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"

    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher__toggle").bounding_box()
    assert brand["x"] > switcher["x"], (
        "the brand starts on the right, the switcher sits on the left"
    )

    heading = page.locator("h1").bounding_box()
    assert heading["x"] + heading["width"] > 390 - 40, "the heading hugs the right edge"
    tile_icon = page.locator(".tile__link .icon").first.bounding_box()
    tile_title = page.locator(".tile__title").first.bounding_box()
    assert tile_icon["x"] > tile_title["x"], "the tile icon sits at the start (right) of its title"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    shot(page, "home-ar")


def test_german_home_page_fits_a_phone(phone, shot):
    page = phone.new_page()
    page.goto("/de/")
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    brand = page.locator(".site-header__brand").bounding_box()
    switcher = page.locator(".language-switcher__toggle").bounding_box()
    assert brand["x"] < switcher["x"]
    shot(page, "home-de")


def test_switcher_takes_a_reader_from_a_german_article_to_its_english_translation(phone, site_url):
    page = phone.new_page()
    page.goto("/de/deutsch-lernen/integrationskurs/")
    german_title = page.locator("h1").inner_text()
    page.locator(".language-switcher__toggle").click()
    page.get_by_role("link", name="English", exact=True).click()
    page.wait_for_url(f"{site_url}/en/learning-german/*/")
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("h1").inner_text() != german_title


def test_skip_link_and_focus_are_visible(phone):
    page = phone.new_page()
    page.goto("/de/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0, "the skip link comes into view when focused"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def test_questions_open_without_javascript(new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/de/deutsch-lernen/integrationskurs/")
    question = page.locator("details.question").first
    assert not question.evaluate("element => element.open")
    question.locator("summary").click()
    assert question.evaluate("element => element.open")


@pytest.mark.parametrize(
    "path",
    [
        "/de/",
        "/ar/",
        "/de/deutsch-lernen/integrationskurs/",
        "/ar/{map}",
        "/fa/{map}?place=Parchim",
    ],
)
def test_pages_fit_a_phone_at_twice_the_text_size(new_context, path):
    """WCAG 1.4.4: at 200 % text nothing scrolls sideways and the language switcher stays
    on the screen (320 px at the normal size is checked for every page visited)."""
    page = new_context(viewport={"width": 390, "height": 844}).new_page()
    if "{map}" in path:
        # The map page's slug is its translation's: read it where readers find the map.
        language = path.split("/")[1]
        page.goto(f"/{language}/")
        map_path = page.locator(".map-entry").get_attribute("href")
        path = path.replace(f"/{language}/{{map}}", map_path)
    page.goto(path)
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 16
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    switcher = page.locator(".language-switcher__toggle").bounding_box()
    assert switcher["x"] >= 0 and switcher["x"] + switcher["width"] <= 390
