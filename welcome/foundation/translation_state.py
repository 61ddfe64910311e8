"""What readers are told about a page's translation: whether its text is still the
German one (PENDING: a translation under way, not yet published) or older than the German
page (OUTDATED). Worked out from wagtail-localize's records and cached until the page or
its translation source changes; the editorial workflow (welcome.editorial) writes those
records, this module only reads them."""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Q
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from welcome.foundation.languages import pending_translation

PENDING = "pending"
OUTDATED = "outdated"
# The slug is not text readers read: an untranslated or changed slug never makes a
# translation count as outdated or in progress.
SLUG_PATH = "slug"


def segment_progress(source_ids, locale_id):
    """{source id: (segments, segments without a translation into the locale)}, the
    slug left out (see SLUG_PATH)."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale_id,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .exclude(context__path=SLUG_PATH)
        .annotate(is_translated=Exists(translated))
        .values("source_id")
        .annotate(total=Count("id"), untranslated=Count("id", filter=Q(is_translated=False)))
    )
    return {row["source_id"]: (row["total"], row["untranslated"]) for row in rows}


def _notice_key(translation_key, locale_id):
    return f"translation-notice:{translation_key}:{locale_id}"


def reader_notice(page):
    """What readers of this page should be told about its translation, or None:
    {"kind": PENDING or OUTDATED, "german_url": the German page's address}.
    Cached until the page or its translation source changes."""
    if page.alias_of_id:
        return None
    key = _notice_key(page.translation_key, page.locale_id)
    notice = cache.get(key)
    if notice is None:
        notice = _compute_notice(page) or {}
        cache.set(key, notice, 24 * 60 * 60)
    return notice or None


def _compute_notice(page):
    source = (
        TranslationSource.objects.filter(
            object_id=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
        )
        .exclude(locale_id=page.locale_id)
        .values("id", "last_updated_at")
        .first()
    )
    if source is None:
        return None
    if Page.objects.filter(pk=page.pk).filter(pending_translation()).exists():
        kind = PENDING
    else:
        _, untranslated = segment_progress([source["id"]], page.locale_id).get(source["id"], (0, 0))
        published = page.last_published_at
        if not untranslated and not (published and source["last_updated_at"] > published):
            return None
        kind = OUTDATED
    german = Page.objects.filter(
        translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE
    ).first()
    return {"kind": kind, "german_url": german.get_url() if german else None}


def forget_notices(translation_key):
    cache.delete_many(
        [_notice_key(translation_key, pk) for pk in Locale.objects.values_list("pk", flat=True)]
    )


def source_changed(sender, instance, **kwargs):
    forget_notices(instance.object_id)
