from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site

from welcome import languages, site_chrome, translation_workflow

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    request = context["request"]
    return languages.language_versions(request, context.get("page"))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address; an alias, or a translation not yet published, points at
    the German page whose text it shows."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return request.build_absolute_uri(request.path)
    if page.alias_of_id:
        page = Page.objects.get(id=page.alias_of_id)
    elif _translation_pending(page):
        notice = translation_workflow.reader_notice(page)
        return request.build_absolute_uri(notice["german_url"])
    return request.build_absolute_uri(page.get_url(request))


register.filter("text_direction", languages.text_direction)


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
def source_language_attrs(page):
    """lang and dir for a listed page that is an alias, whose text is still the German one.
    Takes a page or a page summary from welcome.site_chrome."""
    if isinstance(page, dict):
        german_text = page.get("alias_of_id")
    else:
        german_text = getattr(page, "alias_of_id", None) or _translation_pending(page)
    if german_text:
        return format_html(' lang="{}" dir="ltr"', settings.LANGUAGE_CODE)
    return ""


def _translation_pending(page):
    notice = translation_workflow.reader_notice(page) if isinstance(page, Page) else None
    return bool(notice) and notice["kind"] == translation_workflow.PENDING


@register.simple_tag
def translation_notice(page):
    """Whether readers of this translation should be pointed to the newer German page."""
    return translation_workflow.reader_notice(page)
