from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from welcome.demo import content
from welcome.demo import directory as demo_directory
from welcome.demo.events import build_events
from welcome.demo.page_tree import (
    StringTable,
    build_article,
    build_district,
    build_home,
    build_legal_page,
    build_map_page,
    build_section,
    pages_indexed_once,
)
from welcome.demo.translation import translate
from welcome.demo.users import DEMO_PASSWORD, ensure_demo_users
from welcome.editorial.roles import sync_roles
from welcome.foundation.locales import ensure_locales
from welcome.foundation.models import LegalPages

DEMO_TRANSLATIONS = ("en", "ar")


class Command(BaseCommand):
    help = (
        "Creates the demo site: the German page tree with topic sections, articles, districts "
        "and legal pages; the editorial groups and one demo account per role; the home "
        "page and the 'Deutsch lernen' section translated into "
        "English and Arabic through wagtail-localize; aliases in every other language. "
        "Idempotent: pages that exist already are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users",
            action="store_true",
            help="Leave out the demo accounts (their password is public).",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            self.build()
        groups = sync_roles()
        self.stdout.write(f"{len(groups)} editorial groups are in step.")
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

        other_locales = list(Locale.objects.exclude(id=german.id))
        demo_directory.build_categories(german, other_locales)
        demo_directory.build_districts(german, other_locales, content.DISTRICTS)
        demo_directory.build_contact_persons(german)
        demo_directory.build_locations(
            german,
            [locale for locale in other_locales if locale.language_code in DEMO_TRANSLATIONS],
        )

        strings = StringTable(DEMO_TRANSLATIONS)
        home, _ = build_home(root, german, content.HOME)
        for key in ("title", "intro", "map_teaser", "contact_heading", "contact_text"):
            strings.add(content.HOME[key])
        for code in DEMO_TRANSLATIONS:
            strings.strings[code][home.slug] = f"{home.slug}-{code}"
        self.point_site_at(home)

        with pages_indexed_once():
            translated_pages = [home]
            for section in content.SECTIONS:
                section_page = build_section(home, section)
                articles = [build_article(section_page, article) for article in section["articles"]]
                if section["translated"]:
                    strings.add(section["title"])
                    strings.add(section["intro"])
                    strings.add_slug(section["slug"], section["title"])
                    for article in section["articles"]:
                        strings.add(article["title"])
                        strings.add(article["intro"])
                        strings.add_slug(article["slug"], article["title"])
                        strings.add_blocks(article["body"])
                    translated_pages += [section_page, *articles]

            for district in content.DISTRICTS:
                build_district(home, district)

            map_page = build_map_page(home, content.MAP_PAGE)
            strings.add(content.MAP_PAGE["title"])
            strings.add(content.MAP_PAGE["intro"])
            strings.add_slug(map_page.slug, content.MAP_PAGE["title"])
            translated_pages.append(map_page)

            legal = [build_legal_page(home, page) for page in content.LEGAL_PAGES]
            build_events(home)
        self.set_legal_pages(home, legal)

        locales = Locale.objects.filter(language_code__in=DEMO_TRANSLATIONS)
        for page in translated_pages:
            translated = page.get_translations().filter(alias_of__isnull=True)
            translate(
                page,
                {
                    locale: strings.strings[locale.language_code]
                    for locale in locales
                    if not translated.filter(locale=locale).exists()
                },
            )

        with pages_indexed_once():
            for locale in other_locales:
                synchronize_tree(german, locale)

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
