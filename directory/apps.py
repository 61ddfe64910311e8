from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = "Directory"

    def ready(self):
        from directory.models import Category, District
        from directory.search import forget_names

        # Translations are rows of the same models, saved when published from the
        # translation editor: one signal covers the German record and every language.
        for model in (Category, District):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_names,
                    sender=model,
                    dispatch_uid=f"directory-names-{signal is post_save}-{model.__name__}",
                )
