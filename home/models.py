"""The page tree: a home page per language, topic sections with their articles, and one
section per district. German is the source tree; the other languages are translations
or aliases made by wagtail-localize."""

import re

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory.models import MapPage
from directory.search import contact_persons_in, district_slugs
from home.blocks import SIMPLE_RICH_TEXT, ArticleBodyBlock, ImageBlock
from home.events import EventIndexPage, EventPage, expire_with_dates, next_dates
from home.feeds import NewsFeed
from home.leaflets import DownloadsPage, LeafletFile, LeafletPage, leaflets_of
from welcome.foundation import site_chrome
from welcome.foundation.icons import TOPIC_ICONS
from welcome.foundation.languages import (
    everywhere_versions,
    in_reader_language,
    locale_language,
    pending_translation,
)
from welcome.foundation.pages import CARD_FIELDS, REVIEW_INTERVAL_MONTHS, WelcomePage
from welcome.foundation.site_chrome import in_private_section
from welcome.foundation.translation_state import page_text
from welcome.monitoring.models import MonitoringPage

__all__ = [
    "ArticlePage",
    "LocalSectionPage",
    "DistrictPage",
    "DownloadsPage",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "LeafletFile",
    "LeafletPage",
    "NewsIndexPage",
    "NewsPage",
    "SectionPage",
]

# Cards per page of a section or district: enough for a phone screen or two, and the
# page costs the same few queries however many articles the section holds.
ARTICLES_PER_PAGE = 12
SLUG = re.compile(r"[-\w]{1,255}")
NEWS_PER_PAGE = 10
# The newest news items on the home page and on a district page.
LATEST_NEWS = 3


def paginated_articles(page, request):
    """The articles under `page`, one page of cards at a time (`?page=`; a number that is
    not a page shows the nearest page rather than an error)."""
    articles = page.listed_children(ArticlePage).defer_streamfields()
    return Paginator(articles, ARTICLES_PER_PAGE).get_page(request.GET.get("page"))


def first_image_rendition(body):
    """The rendition of the first picture in an article body, for its share preview."""
    for block in body:
        if block.block_type == "image" and block.value.get("image"):
            return block.value["image"].get_rendition(ImageBlock.WIDE_RENDITION)
    return None


class HomePage(WelcomePage):
    intro = models.TextField(_("introduction"))
    map_teaser = models.TextField(
        _("map teaser"), blank=True, help_text=_("One sentence that invites readers to the map.")
    )
    contact_heading = models.CharField(_("contact heading"), max_length=120, blank=True)
    contact_text = RichTextField(_("contact text"), blank=True, features=SIMPLE_RICH_TEXT)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("map_teaser"),
        FieldPanel("contact_heading"),
        FieldPanel("contact_text"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.SectionPage",
        "home.DistrictPage",
        "home.ArticlePage",
        "home.NewsIndexPage",
        "directory.MapPage",
        "monitoring.MonitoringPage",
        "home.EventIndexPage",
        "home.DownloadsPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.listed_children(SectionPage).only(*CARD_FIELDS, "intro", "icon")
        context["districts"] = self.listed_children(DistrictPage).only(*CARD_FIELDS)
        context["map_page"] = MapPage.for_language(locale_language(self.locale_id))
        context["contact_persons"] = contact_persons_in(locale_language(self.locale_id), None)
        context["latest_news"] = latest_news(self)
        context["news_page"] = NewsIndexPage.for_language(locale_language(self.locale_id))
        context["downloads_page"] = DownloadsPage.for_language(locale_language(self.locale_id))
        events_page = EventIndexPage.for_tree(self)
        if events_page:
            context["next_dates"] = next_dates(self)
            context["events_url"] = events_page.get_url(request)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return expire_with_dates(response, response.context_data.get("next_dates"))


def section_review_intervals():
    """{tree path of a topic section: review interval of its German version}."""
    sections = SectionPage.objects.values_list(
        "path", "translation_key", "review_interval", "locale__language_code"
    )
    german = {
        key: months for _path, key, months, code in sections if code == settings.LANGUAGE_CODE
    }
    return {path: german.get(key, months) for path, key, months, _code in sections}


class SectionPage(WelcomePage):
    intro = models.TextField(_("introduction"))
    icon = models.CharField(_("icon"), max_length=20, choices=TOPIC_ICONS, default="help")
    review_interval = models.PositiveSmallIntegerField(
        _("review interval (months)"),
        default=REVIEW_INTERVAL_MONTHS,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
        help_text=_(
            "How long the articles of this section stay current after their last review: "
            "e.g. 6 months for law and residence, 12 for the others. Their editors are "
            "reminded by e-mail when it has passed, and readers see a notice."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("icon")]
    settings_panels = [FieldPanel("review_interval"), *WelcomePage.settings_panels]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]

    class Meta:
        verbose_name = _("topic section")
        verbose_name_plural = _("topic sections")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginated_articles(self, request)
        return context


class ArticlePage(WelcomePage):
    shows_review_date = True
    intro = models.TextField(_("introduction"), help_text=_("A short summary for the reader."))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    for_all_districts = models.BooleanField(
        _("for all districts"),
        default=False,
        help_text=_(
            "Every district page lists this article, and each district may add a local "
            "section to it (offices, dates, contacts) without copying this text."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    settings_panels = [FieldPanel("for_all_districts"), *WelcomePage.settings_panels]
    # Whether districts share the article is a decision about the German page.
    override_translatable_fields = [SynchronizedField("for_all_districts", overridable=False)]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.SectionPage", "home.DistrictPage", "home.HomePage"]
    subpage_types = []

    def share_rendition(self):
        return first_image_rendition(self.body)

    def review_interval_months(self):
        """The interval of the section the article is in (its German version's, which
        editors set; a translation's copy waits for its next translation), else the
        default. Kept with the site chrome, so a page read costs no query for it."""
        intervals = site_chrome.cached("section-review-intervals", section_review_intervals)
        return intervals.get(self.path[: -Page.steplen]) or super().review_interval_months()

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class DistrictPage(WelcomePage):
    shows_review_date = True
    intro = models.TextField(_("introduction"))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    district = models.ForeignKey(
        "directory.District",
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shows this district's contact persons and links to its places on the map."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("district"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    # The district is a fact, the same in every language, not text to translate.
    override_translatable_fields = [SynchronizedField("district", overridable=False)]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "home.ArticlePage",
        "home.LocalSectionPage",
        "home.EventPage",
        "home.NewsPage",
        "home.LeafletPage",
    ]

    class Meta:
        verbose_name = _("district section")
        verbose_name_plural = _("district sections")

    def share_rendition(self):
        return first_image_rendition(self.body)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = paginated_articles(self, request)
        if self.district_id:
            language = locale_language(self.locale_id)
            context["contact_persons"] = contact_persons_in(language, self.district_id)
            map_page = MapPage.for_language(language)
            slug = district_slugs().get(self.district_id)
            if map_page and slug:
                context["district_map_url"] = map_page.directory_url(district=slug)
            monitoring_page = MonitoringPage.for_language(language)
            if monitoring_page and slug:
                context["district_figures_url"] = monitoring_page.district_url(slug)
            context["next_dates"] = next_dates(self, district_id=self.district_id)
            events_page = EventIndexPage.for_tree(self)
            if events_page and slug:
                query = urlencode({"district": slug})
                context["events_url"] = f"{events_page.get_url(request)}?{query}"
        context["state_articles"] = state_articles_of(self)
        context["latest_news"] = latest_news(self)
        context["leaflets"] = leaflets_of(self)
        news_page = NewsIndexPage.for_language(locale_language(self.locale_id))
        if news_page:
            context["news_page"] = news_page
            context["feeds"] = news_page.feed_urls(self)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return expire_with_dates(response, response.context_data.get("next_dates"))


class LocalSectionPage(WelcomePage):
    """A district's own part of a state article marked "for all districts".

    Readers see the ministry's article, in their language as the ministry's translators
    keep it, followed by this district's section (local offices, dates, contacts). The
    state text is read from the article, never copied: a change by the ministry shows at
    once, and this page's translations cover only the district's own section, so nobody
    is asked to translate the district's part again for it. The district's editors are
    told of the ministry's change (in the editor and on their dashboard) until they
    publish this page again (`state_version_seen`)."""

    shows_review_date = True
    # A state article deleted by the ministry leaves the district's section standing on
    # its own, rather than taking the district's page with it.
    state_article = models.ForeignKey(
        ArticlePage,
        verbose_name=_("state article"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="local_sections",
        limit_choices_to={
            "for_all_districts": True,
            "locale__language_code": settings.LANGUAGE_CODE,
            "live": True,
        },
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("local section"), blank=True)
    state_version_seen = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = [
        *Page.content_panels,
        FieldPanel("state_article", widget=forms.Select),
        FieldPanel("body"),
    ]
    override_translatable_fields = [SynchronizedField("state_article", overridable=False)]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["home.DistrictPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("local section of a state article")
        verbose_name_plural = _("local sections of state articles")

    @property
    def state_changed_since_seen(self):
        if self.state_article is None:
            return False
        published = self.state_article.last_published_at
        return bool(
            published and (not self.state_version_seen or published > self.state_version_seen)
        )

    def state_text(self, request=None):
        """The state article in the reader's language, or in German where it is not
        translated (yet)."""
        if self.state_article is None:
            return None
        article = self.state_article.localized
        if article.pk != self.state_article_id and page_text(article, request).german_text:
            return self.state_article
        return article

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["article"] = self.state_text(request)
        context["district_page"] = self.get_parent().specific
        # The state article is read in every language, so every language's version of
        # this page is worth following, an untranslated local section included.
        context["language_versions"] = everywhere_versions(request, self, german_text_counts=False)
        return context


def state_articles_of(district_page):
    """The state articles for all districts as this district page lists them: title, the
    language of that title, and where a reader goes (the district's local section, else
    the article), in the district page's language tree. Kept with the site chrome, which
    every publish renews, so a district page reads them once."""

    def compute():
        articles = in_reader_language(
            ArticlePage.objects.live()
            .filter(for_all_districts=True)
            .annotate(pending=pending_translation()),
            locale_language(district_page.locale_id),
        ).values()
        sections = {
            section.state_article.translation_key: section.url
            for section in LocalSectionPage.objects.live()
            .child_of(district_page)
            .filter(state_article__isnull=False)
            .select_related("state_article")
        }
        listed = [
            {
                "title": article.title,
                "url": sections.get(article.translation_key) or article.url,
                "has_local_section": article.translation_key in sections,
                "text_language": settings.LANGUAGE_CODE
                if article.alias_of_id or article.pending
                else locale_language(article.locale_id),
            }
            for article in articles
        ]
        return sorted(listed, key=lambda item: item["title"])

    return site_chrome.cached(f"state-articles:{district_page.pk}", compute)


class NewsPage(WelcomePage):
    """A news item: of the whole state below the news page, of one district below its
    district page, where that district's editors already write."""

    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), help_text=_("A short summary for the reader."))
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.NewsIndexPage", "home.DistrictPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")


def latest_news(ancestor, count=LATEST_NEWS):
    """The newest live items below `ancestor`: a home page's are all of its language, a
    district page's its own."""
    return news_below(ancestor).only(*CARD_FIELDS, "date", "intro", "first_published_at")[:count]


def news_below(ancestor):
    """Live public news items below `ancestor`, newest first, each annotated with whether
    it shows the German text (one query for a whole list)."""
    return (
        NewsPage.objects.live()
        .exclude(in_private_section())
        .descendant_of(ancestor)
        .defer_streamfields()
        .annotate(pending=pending_translation())
        .order_by("-date", "-first_published_at", "path")
    )


class NewsIndexPage(RoutablePageMixin, WelcomePage):
    """The news of one language tree, newest first, filterable by district, with an RSS
    and an Atom feed per language and per district (home.feeds)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")

    def district_pages(self):
        """The district pages of this language tree: the filter's choices."""
        return (
            DistrictPage.objects.live()
            .exclude(in_private_section())
            .child_of(self.get_parent())
            .order_by("title")
        )

    def items(self, district_page=None):
        return news_below(district_page or self.get_parent())

    def district_page(self, slug):
        """The district page of this tree with `slug`; None without one; 404 for a slug
        that is none of them."""
        if not slug:
            return None
        found = None
        if SLUG.fullmatch(slug):
            found = self.district_pages().filter(slug=slug).first()
        if found is None:
            raise Http404("There is no such district.")
        return found

    @path("")
    def news(self, request):
        district_page = self.district_page(request.GET.get("district", ""))
        paginator = Paginator(self.items(district_page), NEWS_PER_PAGE)
        return self.render(
            request,
            context_overrides={
                "news": paginator.get_page(request.GET.get("page")),
                "district_page": district_page,
                "district_pages": self.district_pages(),
                "feeds": self.feed_urls(district_page),
            },
        )

    @path("rss/", name="rss")
    @path("rss/<slug:district>/", name="rss")
    def rss(self, request, district=None):
        return NewsFeed(self, self.district_page(district), Rss201rev2Feed)(request)

    @path("atom/", name="atom")
    @path("atom/<slug:district>/", name="atom")
    def atom(self, request, district=None):
        return NewsFeed(self, self.district_page(district), Atom1Feed)(request)

    def feed_urls(self, district_page=None):
        """{format: address} of the feeds of all news or of one district's."""
        arguments = (district_page.slug,) if district_page else ()
        return {
            kind: self.url + self.reverse_subpage(kind, args=arguments) for kind in ("rss", "atom")
        }
