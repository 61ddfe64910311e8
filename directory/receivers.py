"""Keeps the directory's cached category and district names in step with the records."""

from django.db.models.signals import post_delete, post_save

from directory.records import Category, District
from directory.search import forget_names


def connect():
    # Translations are rows of the same models, saved when published from the
    # translation editor: one signal covers the German record and every language.
    for model in (Category, District):
        for signal in (post_save, post_delete):
            signal.connect(
                forget_names,
                sender=model,
                dispatch_uid=f"directory-names-{signal is post_save}-{model.__name__}",
            )
