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


def translate(instance, locale, strings):
    """Translate a page or snippet into `locale`.

    `strings` maps each German source text (plain text, as written in the demo content)
    to its translation. Every string segment of the page must be covered, so that a gap
    in the demo content fails loudly instead of leaving German text in the translation.
    """
    with transaction.atomic():
        source, _ = TranslationSource.update_or_create_from_instance(instance)
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        for segment in segments:
            german = html.unescape(segment.string.data)
            if german not in strings:
                raise MissingDemoTranslation(
                    f"No {locale.language_code} text for {german!r} in {instance!r}"
                )
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(strings[german]).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
        if not isinstance(instance, Page):
            translation.save_target()
            return instance.get_translation(locale)
        # wagtail-localize publishes on commit, from the page object it holds; by then the
        # set-up has added children, whose count that stale object would overwrite.
        # Saving a draft and publishing it here, from a fresh object, keeps the tree intact.
        translation.save_target(publish=False)
        target = instance.get_translation(locale)
        target.get_latest_revision().publish()
    return target
