"""What search reads: one entry per public page and per directory record, and the words
"did you mean" suggestions are chosen from.

Entries are derived data: `manage.py rebuild_search_entries` makes them again from the
pages and records at any time (welcome.search.entries).
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchEntry(models.Model):
    """The text of one page or record as the readers of one language tree find it.

    `language` is the tree the object belongs to (its locale); `text_language` the
    language its text is in: German for an alias or a translation not yet published,
    which show the German text in another language's tree. The text is matched with the
    text-search configuration of `text_language` (`text_config`), title weighted above
    the rest. `vector` is filled on PostgreSQL only; elsewhere words are matched plainly.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8)
    text_language = models.CharField(max_length=8)
    text_config = models.CharField(max_length=32)
    title = models.TextField()
    text = models.TextField(blank=True)
    vector = SearchVectorField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_one_per_object"
            )
        ]
        indexes = [
            models.Index(fields=["language", "content_type"], name="search_entry_language"),
            GinIndex(fields=["vector"], name="search_entry_vector"),
        ]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A word that occurs in the entries of one text language: what a misspelt query
    word is compared with."""

    language = models.CharField(max_length=8)
    term = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "term"], name="search_term_once")
        ]
        indexes = [
            GinIndex(fields=["term"], opclasses=["gin_trgm_ops"], name="search_term_trigrams")
        ]

    def __str__(self):
        return self.term
