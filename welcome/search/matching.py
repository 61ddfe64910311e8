"""Matching a reader's words against search entries, in the reader's language.

On PostgreSQL every word of the query must occur in an entry, in any of its forms: the
text-search configuration of the entry's text language reduces words to their stems
(German "Kursen" and "Kurs", Russian "курсы" and "курсов" meet), and each word also
matches as the beginning of a longer one. PostgreSQL has configurations for German,
English, Arabic, Russian, French and Spanish; Ukrainian and Farsi use `simple` (no
stemming) where a long word's last two letters are left off before matching as a prefix
("курсів" finds "курси"), and where that finds nothing, trigram similarity of each word
to the entry's words (pg_trgm). Results are ranked with the title above the text, and
excerpts show the matches highlighted.

Entries of the reader's language tree may be in German (aliases: pages not translated
yet); each entry is matched in the configuration of its own text.

Elsewhere (SQLite, the zero-set-up development database) a word matches where the title
or text contains it; word forms need PostgreSQL.
"""

import difflib
import html
import re

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramSimilarity,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import Case, F, FloatField, Q, TextField, Value, When
from django.db.models.functions import Substr
from django.utils.safestring import mark_safe

from welcome.search.models import SearchTerm

# PostgreSQL's text-search configurations for the portal's languages; the others (uk,
# fa) have none and are matched with `simple` and trigrams.
CONFIGS = {
    "de": "german",
    "en": "english",
    "ar": "arabic",
    "ru": "russian",
    "fr": "french",
    "es": "spanish",
}
SIMPLE = "simple"
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
# Letters and digits only: what is left can be quoted into a tsquery as it is.
WORD = re.compile(r"[^\W_]+")
TERM_MIN_LENGTH = 4
# A trigram match of a query word with some word of the text (uk, fa).
WORD_SIMILARITY = 0.5
# How close a known word must be to be offered as "did you mean".
SUGGESTION_SIMILARITY = 0.4
EXCERPT_WORDS = 25
START, STOP = "\x02", "\x03"


def config_for(language):
    return CONFIGS.get(language, SIMPLE)


def query_words(text):
    """The words of a query, folded, at most MAX_WORDS of at most MAX_WORD_LENGTH."""
    return [word[:MAX_WORD_LENGTH] for word in WORD.findall(text.casefold())][:MAX_WORDS]


def text_terms(text):
    """The distinct words of a text worth suggesting."""
    return {
        word[:64]
        for word in WORD.findall(text.casefold())
        if len(word) >= TERM_MIN_LENGTH and not word.isdigit()
    }


def _stem_prefix(word, language):
    """Without a stemmer, a long word's inflection is left off before prefix matching."""
    if language in CONFIGS or len(word) < 6:
        return word
    return word[: max(4, len(word) - 2)]


def _forms(word, language):
    """The word, and for a long one also the word less its last letter: stemmers do not
    always cut a form to the same stem (German snowball makes "Sprachkurs" 'sprachkur'
    but "Sprachkurse" 'sprachkurs'), and the shorter prefix meets both."""
    word = _stem_prefix(word, language)
    return [word, word[:-1]] if language in CONFIGS and len(word) >= 5 else [word]


def ts_query(words, language):
    """Every word, in any form, as a word or the beginning of one."""
    raw = " & ".join(
        "(" + " | ".join(f"'{form}':*" for form in _forms(word, language)) + ")" for word in words
    )
    return SearchQuery(raw, search_type="raw", config=config_for(language))


def is_postgresql():
    return connection.vendor == "postgresql"


def _text_languages(language):
    return list(dict.fromkeys([language, "de"]))


def matching(entries, words, language):
    """The entries of `entries` that hold every word, whether their text is in
    `language` or in German."""
    if not words:
        return entries.none()
    if not is_postgresql():
        for word in words:
            entries = entries.filter(Q(title__icontains=word) | Q(text__icontains=word))
        return entries
    condition = Q()
    for text_language in _text_languages(language):
        condition |= Q(text_language=text_language, vector=ts_query(words, text_language))
    found = entries.filter(condition)
    if language not in CONFIGS and not found.exists():
        found = _similar(entries, words, language)
    return found


def _similar(entries, words, language):
    similar = entries.filter(text_language=language)
    for number, word in enumerate(words):
        similar = similar.annotate(
            **{f"similarity_{number}": TrigramWordSimilarity(Value(word), Substr("text", 1, 20000))}
        ).filter(**{f"similarity_{number}__gte": WORD_SIMILARITY})
    return similar


def ranked(entries, words, language):
    """Best matches first, each with `rank` and `excerpt` (to be read with `excerpt_html`)."""
    if not is_postgresql():
        return entries.annotate(
            rank=Case(
                When(title__icontains=words[0], then=Value(1.0)),
                default=Value(0.0),
                output_field=FloatField(),
            ),
            excerpt=F("text"),
        ).order_by("-rank", "title", "id")
    ranks, excerpts = [], []
    for text_language in _text_languages(language):
        query = ts_query(words, text_language)
        ranks.append(When(text_language=text_language, then=SearchRank(F("vector"), query)))
        excerpts.append(
            When(
                text_language=text_language,
                then=SearchHeadline(
                    "text",
                    query,
                    config=config_for(text_language),
                    start_sel=START,
                    stop_sel=STOP,
                    max_words=EXCERPT_WORDS,
                    min_words=EXCERPT_WORDS // 2,
                    max_fragments=1,
                ),
            )
        )
    return entries.annotate(
        rank=Case(*ranks, default=Value(0.0), output_field=FloatField()),
        excerpt=Case(*excerpts, default=F("text"), output_field=TextField()),
    ).order_by("-rank", "title", "id")


def excerpt_html(excerpt, words, text):
    """The excerpt of `text` as HTML: escaped, matches in <mark>, an ellipsis where text
    was left out. PostgreSQL marked the matches already; elsewhere the words are looked
    for here."""
    if not excerpt:
        return ""
    if START not in excerpt:
        excerpt = _mark_plainly(" ".join(excerpt.split()[:EXCERPT_WORDS]), words)
    shown = " ".join(excerpt.replace(START, "").replace(STOP, "").split())
    whole = " ".join(text.split())
    if shown and not whole.startswith(shown[:20]):
        excerpt = f"… {excerpt}"
    if shown and not whole.endswith(shown[-20:]):
        excerpt = f"{excerpt} …"
    escaped = html.escape(excerpt.replace("\x00", ""))
    return mark_safe(escaped.replace(START, "<mark>").replace(STOP, "</mark>"))  # noqa: S308 - escaped above


def _mark_plainly(text, words):
    if not words:
        return text
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    return pattern.sub(lambda match: f"{START}{match.group(0)}{STOP}", text)


def suggestion(words, language):
    """The query with each unknown word replaced by the closest known word of the
    reader's language or German, or None when every word is known or nothing is close."""
    languages = _text_languages(language)
    changed, suggested = False, []
    for word in words:
        terms = SearchTerm.objects.filter(language__in=languages)
        if terms.filter(term__startswith=_stem_prefix(word, language)).exists():
            suggested.append(word)
            continue
        closest = _closest_term(terms, word)
        changed = changed or closest is not None
        suggested.append(closest or word)
    return " ".join(suggested) if changed else None


def _closest_term(terms, word):
    if is_postgresql():
        return (
            terms.annotate(similarity=TrigramSimilarity("term", word))
            .filter(similarity__gte=SUGGESTION_SIMILARITY)
            .order_by("-similarity", "term")
            .values_list("term", flat=True)
            .first()
        )
    known = list(terms.values_list("term", flat=True))
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.75)
    return close[0] if close else None
