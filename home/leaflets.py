"""Leaflets: one topic (the asylum procedure, help against domestic violence, everyday
life...) with a file per language, as public offices and counselling services publish
them. A leaflet is a page, so that the state's leaflets live below the downloads page of
each language tree and a district's below its district page, written by the editors who
already write there, approved through the same workflow and translated through
wagtail-localize like any page. Its files are the same in every language tree (they are
copied to each translation); readers are offered the file in their own language first,
then the German one, then the others.

Files may be in more languages than the portal's eight: leaflets often come in Dari,
Pashto, Tigrinya or Kurdish, and those are the very readers who need them most."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.spoken_languages import SPOKEN_LANGUAGES
from welcome.foundation import site_chrome
from welcome.foundation.filter_forms import read_filters
from welcome.foundation.languages import locale_language, pending_translation
from welcome.foundation.pages import WelcomePage
from welcome.foundation.site_chrome import in_private_section

LEAFLET_TOPICS = [
    ("asylum", _("Asylum procedure")),
    ("residence", _("Residence and papers")),
    ("violence", _("Protection from violence")),
    ("everyday-life", _("Everyday life")),
    ("work", _("Work and benefits")),
    ("learning-german", _("Learning German")),
    ("health", _("Health")),
    ("school", _("School and childcare")),
]
LEAFLETS_PER_PAGE = 12
LANGUAGE_ORDER = {code: position for position, (code, _name) in enumerate(SPOKEN_LANGUAGES)}


class LeafletPage(WelcomePage):
    shows_review_date = True
    topic = models.CharField(_("topic"), max_length=20, choices=LEAFLET_TOPICS)
    summary = models.TextField(
        _("summary"), help_text=_("What the leaflet explains, in one or two sentences.")
    )
    publisher = models.CharField(
        _("published by"),
        max_length=200,
        blank=True,
        help_text=_("The office or organisation that issued the leaflet."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("publisher"),
        InlinePanel("files", label=_("File"), min_num=1),
    ]
    # The topic is a fact, the same in every language; the files are copied to each
    # translation, which offers them in its own reader's order.
    override_translatable_fields = [SynchronizedField("topic", overridable=False)]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("publisher"),
    ]

    parent_page_types = ["home.DownloadsPage", "home.DistrictPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("leaflet")
        verbose_name_plural = _("leaflets")

    def files_for(self, language):
        """The files in the order a reader of `language` is offered them: their own
        language, then German, then the others in the order of the language list."""

        def position(leaflet_file):
            if leaflet_file.language == language:
                return (0, 0)
            if leaflet_file.language == settings.LANGUAGE_CODE:
                return (1, 0)
            return (2, LANGUAGE_ORDER.get(leaflet_file.language, len(LANGUAGE_ORDER)))

        return sorted(self.files.all(), key=position)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        with_files([self])
        context["files"] = self.files_for(locale_language(self.locale_id))
        context["downloads_page"] = DownloadsPage.for_language(locale_language(self.locale_id))
        return context


class LeafletFile(Orderable):
    page = ParentalKey(LeafletPage, on_delete=models.CASCADE, related_name="files")
    language = models.CharField(_("language"), max_length=8, choices=SPOKEN_LANGUAGES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [FieldPanel("language"), FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_leaflet_language")
        ]


def with_files(leaflets):
    """The list of `leaflets`, their files read with their documents in one query."""
    leaflets = list(leaflets)
    models.prefetch_related_objects(
        leaflets, Prefetch("files", queryset=LeafletFile.objects.select_related("document"))
    )
    return leaflets


def leaflet_in_tree(leaflet, locale_id):
    """(leaflet, its files in reader order) for a leaflet shown in the language tree of
    `locale_id`: that tree's version of it where one is live, else `leaflet` itself;
    no files for a leaflet that is not live. Kept with the site chrome, which every
    change to a page or a document renews, so that an article with a leaflet costs no
    more queries than one without."""

    def compute():
        shown = leaflet
        if leaflet.locale_id != locale_id:
            translation = leaflet.get_translation_or_none(locale_id)
            shown = translation if translation and translation.live else leaflet
        if not shown.live:
            return (shown, [])
        with_files([shown])
        return (shown, shown.files_for(locale_language(locale_id)))

    return site_chrome.cached(f"leaflet:{leaflet.translation_key}:{locale_id}", compute)


def offer_files(leaflets, language):
    """The list of `leaflets`, each with `reader_files`: its files in the order a reader
    of `language` is offered them."""
    leaflets = with_files(leaflets)
    for leaflet in leaflets:
        leaflet.reader_files = leaflet.files_for(language)
    return leaflets


def leaflets_of(page):
    """The live leaflets directly below `page` (a district page), each with its files in
    reader order; kept with the site chrome, which every change to a page or a document
    renews."""

    def compute():
        return offer_files(page.listed_children(LeafletPage), locale_language(page.locale_id))

    return site_chrome.cached(f"leaflets-of:{page.pk}", compute)


class LeafletFilterForm(forms.Form):
    topic = forms.ChoiceField(
        label=_("Topic"), required=False, choices=[("", _("All topics")), *LEAFLET_TOPICS]
    )
    language = forms.ChoiceField(
        label=_("Language of the file"),
        required=False,
        choices=[("", _("Any language")), *SPOKEN_LANGUAGES],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.error_messages["invalid_choice"] = _("There is no such choice: “%(value)s”.")


class DownloadsPage(WelcomePage):
    """The leaflets of one language tree, the state's and the districts', filterable by
    topic and by the language of the file; those with a file in the reader's language
    come first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.LeafletPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("downloads page")
        verbose_name_plural = _("downloads pages")

    def leaflets(self, language, topic="", file_language=""):
        """Live public leaflets of this language tree, those with a file in `language`
        first, then by title."""
        leaflets = (
            LeafletPage.objects.live()
            .exclude(in_private_section())
            .descendant_of(self.get_parent())
            .annotate(
                pending=pending_translation(),
                in_reader_language=Exists(
                    LeafletFile.objects.filter(page=OuterRef("pk"), language=language)
                ),
            )
            .order_by("-in_reader_language", "title", "path")
        )
        if topic:
            leaflets = leaflets.filter(topic=topic)
        if file_language:
            leaflets = leaflets.filter(
                Exists(LeafletFile.objects.filter(page=OuterRef("pk"), language=file_language))
            )
        return leaflets

    def serve(self, request, *args, **kwargs):
        language = locale_language(self.locale_id)
        form = LeafletFilterForm(request.GET or None)
        filters, status = read_filters(form)
        leaflets = []
        if status == 200:
            leaflets = self.leaflets(
                language, filters.get("topic", ""), filters.get("language", "")
            )
        found = Paginator(leaflets, LEAFLETS_PER_PAGE).get_page(request.GET.get("page"))
        found.object_list = offer_files(found.object_list, filters.get("language") or language)
        context = self.get_context(request, *args, **kwargs)
        context.update(
            {"form": form, "filters": {k: v for k, v in filters.items() if v}, "leaflets": found}
        )
        return TemplateResponse(request, self.get_template(request), context, status=status)
