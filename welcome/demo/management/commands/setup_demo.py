from collections import ChainMap

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from directory.models import MapPage
from welcome.demo import content
from welcome.demo import directory as demo_directory
from welcome.demo.catalogue import catalogue_path, read_catalogue
from welcome.demo.events import build_events
from welcome.demo.leaflets import build_district_leaflets, build_downloads
from welcome.demo.monitoring import build_monitoring
from welcome.demo.news import build_news
from welcome.demo.page_tree import (
    build_article,
    build_district,
    build_home,
    build_legal_page,
    build_local_sections,
    build_section,
    build_single_page,
    no_redirects_for_new_slugs,
    pages_indexed_once,
)
from welcome.demo.translation import Gaps, record_review, translate
from welcome.demo.users import DEMO_PASSWORD, ensure_demo_users
from welcome.editorial.roles import sync_roles
from welcome.foundation.locales import ensure_locales
from welcome.foundation.models import LegalPages
from welcome.monitoring.models import MonitoringPage


class Command(BaseCommand):
    help = (
        "Creates the demo site: the German page tree with topic sections, articles, districts "
        "and legal pages, the directory's categories, districts and sample places; the "
        "editorial groups and one demo account per role. Every page, category and district "
        "and the sample places of Parchim are translated through wagtail-localize into each "
        "language whose demo catalogue (welcome/demo/translations/<language>.po) has all "
        "their texts, as reviewed and published translations; the rest stays German, as "
        "aliases, with one warning per language. Idempotent: pages that exist already are "
        "left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users",
            action="store_true",
            help="Leave out the demo accounts (their password is public).",
        )

    def handle(self, *args, **options):
        # Slugs change on commit, when Wagtail would make the redirects.
        with no_redirects_for_new_slugs(), transaction.atomic():
            groups, gaps = self.build()
        self.stdout.write(f"{len(groups)} editorial groups are in step.")
        for code in sorted(gaps.texts):
            self.stderr.write(
                self.style.WARNING(
                    f"{code}: {len(gaps.texts[code])} demo texts have no translation in "
                    f"{catalogue_path(code)}; {len(gaps.objects[code])} pages and records "
                    "stay German."
                )
            )
        if not options["no_users"]:
            created = ensure_demo_users()
            self.stdout.write(
                f"{created} demo accounts created; every demo account's password is "
                f"'{DEMO_PASSWORD}' (see README)."
            )
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))

    def build(self):
        ensure_locales()
        german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        root = Page.get_first_root_node()
        self.remove_wagtail_placeholder(root)

        other_locales = list(Locale.objects.exclude(id=german.id).order_by("language_code"))
        catalogues = {locale: read_catalogue(locale.language_code) for locale in other_locales}
        gaps = Gaps()
        demo_directory.build_categories(german, catalogues, gaps)
        demo_directory.build_districts(german, other_locales, content.DISTRICTS)
        demo_directory.build_contact_persons(german)
        demo_directory.build_locations(german, catalogues, gaps)
        build_monitoring(german, catalogues, gaps)

        home, _ = build_home(root, german, content.HOME)
        self.point_site_at(home)
        # (page, its parent, where its translations' slug comes from), in tree order.
        tree = [(home, None, "home")]
        with pages_indexed_once():
            # Before the articles, which show some of the leaflets.
            tree += [(page, parent, "english") for page, parent in build_downloads(home)]
            for section in content.SECTIONS:
                section_page = build_section(home, section)
                tree.append((section_page, home, "english"))
                for article in section["articles"]:
                    tree.append((build_article(section_page, article), section_page, "english"))
            for district in content.DISTRICTS:
                # A district keeps its German name, so its page keeps its slug.
                tree.append((build_district(home, district), home, "german"))
            tree += [(page, parent, "english") for page, parent in build_district_leaflets(home)]
            build_local_sections(home)
            map_page = build_single_page(home, MapPage, content.MAP_PAGE, show_in_menus=True)
            tree.append((map_page, home, "english"))
            monitoring_page = build_single_page(
                home, MonitoringPage, content.MONITORING_PAGE, is_sample_content=True
            )
            tree.append((monitoring_page, home, "english"))
            legal = [build_legal_page(home, page) for page in content.LEGAL_PAGES]
            tree += [(page, home, "english") for page in legal]
            # German only for now: their translations stay aliases (see README).
            build_news(home)
            build_events(home)
        self.set_legal_pages(home, legal)

        translated = self.translate_pages(tree, german, catalogues, gaps)
        # The review workflows are made per language home page, so after the homes.
        groups = sync_roles()
        record_review(translated)
        return groups, gaps

    def translate_pages(self, tree, german, catalogues, gaps):
        """Translate each demo page into every language whose catalogue has all its texts;
        aliases (German text) everywhere else. Returns the ids of the translations made.

        Translations are made before the aliases, as new pages, in tree order; a page
        whose parent stayed an alias in some language waits until the aliases exist.
        """
        keys = [page.translation_key for page, _parent, _slug in tree]
        present = {
            (key, locale_id): alias_of_id
            for key, locale_id, alias_of_id in Page.objects.filter(translation_key__in=keys)
            .exclude(locale=german)
            .values_list("translation_key", "locale_id", "alias_of_id")
        }
        english = next(
            (texts for locale, texts in catalogues.items() if locale.language_code == "en"), {}
        )
        translated, waiting = [], []
        with pages_indexed_once():
            for page, parent, slug_from in tree:
                untranslated = [
                    locale
                    for locale in catalogues
                    if (page.translation_key, locale.pk) not in present
                    or present[page.translation_key, locale.pk] is not None
                ]
                ready = [
                    locale
                    for locale in untranslated
                    if parent is None or (parent.translation_key, locale.pk) in present
                ]
                waiting += [
                    (page, slug_from, locale) for locale in untranslated if locale not in ready
                ]
                made = self.translate_page(page, slug_from, ready, catalogues, english, gaps)
                for locale, translation in made.items():
                    present[page.translation_key, locale.pk] = None
                    translated.append(translation.pk)

            # Aliases for what is not translated (pages outside `tree` too, such as the
            # news and events); a language with every page translated needs none, and
            # walking the tree for nothing costs seconds.
            german_keys = set(
                Page.objects.filter(locale=german).values_list("translation_key", flat=True)
            )
            for locale in catalogues:
                there = set(
                    Page.objects.filter(locale=locale).values_list("translation_key", flat=True)
                )
                if german_keys - there:
                    synchronize_tree(german, locale)

            for page, slug_from, locale in waiting:
                made = self.translate_page(page, slug_from, [locale], catalogues, english, gaps)
                translated += [translation.pk for translation in made.values()]
        return translated

    def translate_page(self, page, slug_from, locales, catalogues, english, gaps):
        german_name = {page.title: page.title} if slug_from == "german" else {}
        slugs = {}
        for locale in locales:
            if slug_from == "home":
                slugs[locale] = f"{page.slug}-{locale.language_code}"
            elif slug_from == "english" and page.title in english:
                slugs[locale] = slugify(english[page.title])
        return translate(
            page,
            {locale: ChainMap(german_name, catalogues[locale]) for locale in locales},
            slugs=slugs,
            gaps=gaps,
        )

    def remove_wagtail_placeholder(self, root):
        """Wagtail's first migration makes a 'Welcome to your new Wagtail site!' page."""
        for page in Page.objects.child_of(root).filter(content_type__model="page"):
            page.delete()

    def point_site_at(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = "Willkommen in Mecklenburg-Vorpommern"
        site.save()

    def set_legal_pages(self, home, pages):
        site = Site.objects.get(root_page=home)
        setting = LegalPages.for_site(site)
        if setting.imprint_id is None and setting.privacy_id is None:
            setting.imprint, setting.privacy, setting.accessibility = pages
            setting.save()
