"""LegalPages moves from the editorial app (label "welcome") to the foundation without
touching its table: the model state moves, the rows stay in `welcome_legalpages`, and
the content type is renamed so that its permissions (held by the ministry editors) and
its admin history stay attached."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def rename_content_type(apps, schema_editor, old_label, new_label):
    content_type = apps.get_model("contenttypes", "ContentType")
    moved = content_type.objects.filter(app_label=old_label, model="legalpages")
    if not content_type.objects.filter(app_label=new_label, model="legalpages").exists():
        moved.update(app_label=new_label)


def forwards(apps, schema_editor):
    rename_content_type(apps, schema_editor, "welcome", "foundation")


def backwards(apps, schema_editor):
    rename_content_type(apps, schema_editor, "foundation", "welcome")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("welcome", "0002_editorial_roles"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="LegalPages",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "accessibility",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="accessibility statement",
                            ),
                        ),
                        (
                            "imprint",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="imprint",
                            ),
                        ),
                        (
                            "privacy",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.WAGTAIL_PAGE_MODEL,
                                verbose_name="privacy statement",
                            ),
                        ),
                        (
                            "site",
                            models.OneToOneField(
                                editable=False,
                                on_delete=django.db.models.deletion.CASCADE,
                                to="wagtailcore.site",
                            ),
                        ),
                    ],
                    options={"verbose_name": "legal pages", "db_table": "welcome_legalpages"},
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
