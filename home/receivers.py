"""Keeps every language version of a leaflet offering the same files.

A leaflet's files are facts, not text: a translator never changes them (wagtail-localize
keeps them as a synchronised field), and a reader of a translation must get a file the
moment it is added to the German leaflet, not when the translation is next synced. So
whenever a leaflet is published, its translations take the files of its German source:
the German leaflet hands them to its translations, a translation (published from an
older revision, say) takes them again from the German one. Aliases follow their source
through Wagtail itself."""

from django.conf import settings
from django.db import transaction
from wagtail.signals import page_published

from home.leaflets import LeafletFile, LeafletPage


def share_files(sender, instance, **kwargs):
    source = instance
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        source = (
            LeafletPage.objects.filter(
                translation_key=instance.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            ).first()
            or instance
        )
    files = list(source.files.values_list("language", "document_id", "sort_order"))
    translations = LeafletPage.objects.filter(
        translation_key=source.translation_key, alias_of__isnull=True
    ).exclude(pk=source.pk)
    with transaction.atomic():
        for translation in translations:
            current = set(translation.files.values_list("language", "document_id", "sort_order"))
            if current == set(files):
                continue
            LeafletFile.objects.filter(page=translation).delete()
            LeafletFile.objects.bulk_create(
                LeafletFile(
                    page=translation, language=language, document_id=document, sort_order=order
                )
                for language, document, order in files
            )


def connect():
    page_published.connect(share_files, sender=LeafletPage, dispatch_uid="leaflet-share-files")
