"""The content languages of settings.LANGUAGES as Wagtail locales, kept in step after every migrate.

German is the source language. Every other locale is synchronised from it with
wagtail-localize, so each language tree holds an alias of every German page until a
translator replaces it with a translation: no language ever lacks a home page.
"""

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization


def ensure_locales(**kwargs):
    with transaction.atomic():
        source, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            if code == source.language_code:
                continue
            locale, _ = Locale.objects.get_or_create(language_code=code)
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": source}
            )
