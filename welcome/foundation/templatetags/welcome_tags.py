import re
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, Site

from welcome.foundation import languages, site_chrome, translation_state

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    """Where this page is in each language; a view that shows something other than its
    page (a place under the map page) gives its own as `language_versions`."""
    if context.get("language_versions"):
        return context["language_versions"]
    page = context.get("page")
    homes = None
    if page:
        homes = site_chrome.live_translations(languages.home_path(page))
        homes = {code: home["url"] for code, home in homes.items()}
    return languages.language_versions(context["request"], page, homes)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address; an alias, or a translation not yet published, points at
    the German page whose text it shows. A view that shows something other than its page
    (a place under the map page) gives its own as `canonical_url`."""
    if context.get("canonical_url"):
        return context["canonical_url"]
    request = context["request"]
    page = context.get("page")
    if page is None:
        return request.build_absolute_uri(request.path)
    text = translation_state.page_text(page, request)
    if text.german_text and text.german_url:
        return request.build_absolute_uri(text.german_url)
    return request.build_absolute_uri(page.get_url(request))


register.filter("text_direction", languages.text_direction)
register.filter("open_graph_locale", languages.open_graph_locale)

SHARE_IMAGE = "welcome/img/share.png"
SHARE_IMAGE_SIZE = (1200, 630)


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str


@register.simple_tag(takes_context=True)
def share_image(context):
    """The picture of a share preview: the page's own (`share_rendition`, where it has
    one) or the portal's sign, from our own static files."""
    request = context["request"]
    page = context.get("page")
    rendition = getattr(page, "share_rendition", lambda: None)()
    if rendition is not None:
        return ShareImage(
            request.build_absolute_uri(rendition.url),
            rendition.width,
            rendition.height,
            rendition.image.default_alt_text,
        )
    return ShareImage(
        request.build_absolute_uri(static(SHARE_IMAGE)),
        *SHARE_IMAGE_SIZE,
        gettext("A white house on a blue background, the sign of this portal"),
    )


@register.simple_tag(takes_context=True)
def navigation_pages(context):
    """The topic sections of the current language's home page, for the header menu."""
    page = context.get("page")
    if page is not None:
        return site_chrome.navigation(languages.home_path(page))
    site = Site.find_for_request(context["request"])
    if site is None:
        return []
    return site_chrome.navigation(site.root_page.localized.path)


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """The footer's legal pages in the reader's language, German where not translated yet."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return []
    return site_chrome.legal_pages(site, translation.get_language())


@register.filter
def absolute_url(url, request):
    return request.build_absolute_uri(url)


@register.filter
def lang_attrs(item):
    """lang and dir for the text of `item` where it is not in the reader's language
    (see welcome.foundation.languages.language_attributes)."""
    return languages.language_attributes(text_language(item))


@register.filter
def text_language(item):
    """The language of what `item` shows: a language code itself; a page (an alias or a
    translation not yet published shows the German text); anything that names its
    `text_language` (page summaries, places found); a translatable directory record."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return item.get("text_language")
    if isinstance(item, Page):
        known = getattr(item, "_text_language", None)
        if known is None:
            pending = getattr(item, "pending", None)
            if pending is None:
                german_text = translation_state.page_text(item).german_text
            else:
                german_text = item.alias_of_id or pending
            known = (
                settings.LANGUAGE_CODE if german_text else languages.locale_language(item.locale_id)
            )
            # Asked for once per element that shows the page's text: worked out once.
            item._text_language = known
        return known
    language = getattr(item, "text_language", None)
    if language:
        return language
    locale_id = getattr(item, "locale_id", None)
    return languages.locale_language(locale_id) if locale_id else None


@register.simple_tag(takes_context=True)
def translation_notice(context, page):
    """Whether this page shows the German text, or is a translation older than its German
    page (see welcome.foundation.translation_state)."""
    return translation_state.page_text(page, context["request"])


@register.filter
def web_address(url):
    """A web address as readers say it: without the scheme, "www." or a lone final slash."""
    text = re.sub(r"^https?://(www\.)?", "", url or "")
    return text[:-1] if text.endswith("/") and text.count("/") == 1 else text


@register.filter
def join_list(items):
    """Items joined by the reader's language's list separator (Arabic and Farsi use "،")."""
    return pgettext("list separator", ", ").join(str(item) for item in items)
