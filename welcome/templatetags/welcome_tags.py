from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page, Site

from welcome import languages
from welcome.models import LegalPages

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context):
    request = context["request"]
    return languages.language_versions(request, context.get("page"))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address; an alias points at the German page whose text it shows."""
    request = context["request"]
    page = context.get("page")
    if page is None:
        return request.build_absolute_uri(request.path)
    if page.alias_of_id:
        page = Page.objects.get(id=page.alias_of_id)
    return request.build_absolute_uri(page.get_url(request))


@register.filter
def text_direction(language_code):
    return "rtl" if language_code in settings.RTL_LANGUAGES else "ltr"


@register.simple_tag(takes_context=True)
def navigation_pages(context):
    """The topic sections of the current language's home page, for the header menu."""
    request = context["request"]
    page = context.get("page")
    if page is not None:
        home_path = languages.home_path(page)
    else:
        site = Site.find_for_request(request)
        if site is None:
            return []
        home = site.root_page.localized
        home_path = home.path
    return list(
        Page.objects.live()
        .public()
        .in_menu()
        .filter(depth=3, path__startswith=home_path)
        .only("id", "title", "path", "depth", "url_path", "locale_id", "alias_of_id")
    )


@register.simple_tag(takes_context=True)
def legal_pages(context):
    """The footer's legal pages in the reader's language, German where not translated yet."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return []
    setting = LegalPages.for_site(site)
    ids = [setting.imprint_id, setting.privacy_id, setting.accessibility_id]
    ids = [page_id for page_id in ids if page_id]
    if not ids:
        return []
    id_to_key = dict(Page.objects.filter(id__in=ids).values_list("id", "translation_key"))
    order = {id_to_key[page_id]: index for index, page_id in enumerate(ids) if page_id in id_to_key}
    current = translation.get_language()
    versions = (
        Page.objects.live()
        .filter(translation_key__in=order)
        .filter(locale__language_code__in={current, settings.LANGUAGE_CODE})
        .select_related("locale")
        .only(
            "id", "title", "path", "depth", "url_path", "translation_key", "alias_of_id", "locale"
        )
    )
    chosen = {}
    for version in versions:
        in_reader_language = version.locale.language_code == current and not version.alias_of_id
        is_source = version.locale.language_code == settings.LANGUAGE_CODE
        if in_reader_language or (is_source and version.translation_key not in chosen):
            chosen[version.translation_key] = version
    return sorted(chosen.values(), key=lambda page: order[page.translation_key])


@register.filter
def absolute_url(url, request):
    return request.build_absolute_uri(url)


@register.filter
def source_language_attrs(page):
    """lang and dir for a listed page that is an alias, whose text is still the German one."""
    if getattr(page, "alias_of_id", None):
        return format_html(' lang="{}" dir="ltr"', settings.LANGUAGE_CODE)
    return ""
