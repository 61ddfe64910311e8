"""Search entries and suggestion terms. The GIN indexes (text-search vectors, trigrams of
terms) and the pg_trgm extension exist on PostgreSQL only: on SQLite, the development
default, they are left out and matching falls back to plain comparison
(welcome.search.matching)."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models


class AddPostgreSQLIndex(migrations.AddIndex):
    """An index only PostgreSQL can build; the model state has it everywhere."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        TrigramExtension(),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("term", models.CharField(max_length=64)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("language", "term"), name="search_term_once")
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("object_id", models.PositiveBigIntegerField()),
                ("language", models.CharField(max_length=8)),
                ("text_language", models.CharField(max_length=8)),
                ("text_config", models.CharField(max_length=32)),
                ("title", models.TextField()),
                ("text", models.TextField(blank=True)),
                ("vector", django.contrib.postgres.search.SearchVectorField(null=True)),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["language", "content_type"], name="search_entry_language")
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("content_type", "object_id"), name="search_entry_one_per_object"
                    )
                ],
            },
        ),
        AddPostgreSQLIndex(
            model_name="searchterm",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["term"], name="search_term_trigrams", opclasses=["gin_trgm_ops"]
            ),
        ),
        AddPostgreSQLIndex(
            model_name="searchentry",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["vector"], name="search_entry_vector"
            ),
        ),
    ]
