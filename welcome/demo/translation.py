"""Translating German demo content (pages and snippets) through wagtail-localize, exactly
as a translator's work lands: a TranslationSource, a Translation, one StringTranslation
per segment, then `save_target`. The result is a linked translation of its German
source, not a copy."""

import html

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


class MissingDemoTranslation(Exception):
    pass


def translate(instance, translations):
    """Translate a page or snippet into each locale of `translations`, {locale: strings}.

    `strings` maps each German source text (plain text, as written in the demo content)
    to its translation. Every string segment of the page must be covered, so that a gap
    in the demo content fails loudly instead of leaving German text in the translation.
    One translation source serves every locale: extracting the segments again for each
    language would find the same ones.
    """
    if not translations:
        return
    with transaction.atomic():
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        segments = list(
            StringSegment.objects.filter(source=source).select_related("string", "context")
        )
        for locale, strings in translations.items():
            _translate_segments(instance, segments, locale, strings)
            translation, _ = Translation.objects.get_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            if not isinstance(instance, Page):
                translation.save_target()
                continue
            # wagtail-localize publishes on commit, from the page object it holds; by then
            # the set-up has added children, whose count that stale object would overwrite.
            # Saving a draft and publishing it here, from a fresh object, keeps the tree
            # intact.
            translation.save_target(publish=False)
            instance.get_translation(locale).get_latest_revision().publish()


def _translate_segments(instance, segments, locale, strings):
    """One StringTranslation per segment: the missing ones written in one batch."""
    wanted = {}
    for segment in segments:
        german = html.unescape(segment.string.data)
        if german not in strings:
            raise MissingDemoTranslation(
                f"No {locale.language_code} text for {german!r} in {instance!r}"
            )
        wanted[segment.string_id, segment.context_id] = StringValue.from_plaintext(
            strings[german]
        ).data
    existing = {
        (row.translation_of_id, row.context_id): row
        for row in StringTranslation.objects.filter(
            locale=locale,
            translation_of_id__in={string_id for string_id, _context in wanted},
            context_id__in={context_id for _string, context_id in wanted},
        )
    }
    missing = []
    for (string_id, context_id), data in wanted.items():
        row = existing.get((string_id, context_id))
        if row is None:
            missing.append(
                StringTranslation(
                    translation_of_id=string_id,
                    context_id=context_id,
                    locale=locale,
                    data=data,
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
            )
        elif (row.data, row.translation_type) != (data, StringTranslation.TRANSLATION_TYPE_MANUAL):
            row.data, row.translation_type = data, StringTranslation.TRANSLATION_TYPE_MANUAL
            row.save()
    StringTranslation.objects.bulk_create(missing)
