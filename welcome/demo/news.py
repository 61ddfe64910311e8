"""Demo news: a news page in the German tree with sample items of the whole state, and
sample items of one district below its district page. Invented for the demo, flagged as
sample content and saying so; their topics follow the seeds (coordination of course
dates between a district's language-course providers, multilingual downloads)."""

import datetime

from django.utils import timezone

from home.models import DistrictPage, NewsIndexPage, NewsPage
from welcome.demo.page_tree import get_or_create_child, paragraphs_html

NEWS_PAGE = {
    "slug": "aktuelles",
    "title": "Aktuelles",
    "intro": "Neuigkeiten aus dem Land und aus den Landkreisen und kreisfreien Städten.",
}

STATE_NEWS = [
    {
        "slug": "beispiel-neue-sprechzeiten-anerkennungsberatung",
        "days_ago": 3,
        "title": "Beispiel: Neue Sprechzeiten der Anerkennungsberatung",
        "intro": (
            "Beispielmeldung: Die Beratung zur Anerkennung ausländischer Berufsabschlüsse "
            "bietet zusätzliche Sprechzeiten an, auch am frühen Abend."
        ),
        "text": (
            "Dies ist eine Beispielmeldung für die Demonstration des Portals. Wer einen "
            "Berufsabschluss aus dem Ausland hat, kann sich beraten lassen, wie er in "
            "Deutschland anerkannt wird. Termine vereinbaren Sie bei der Beratungsstelle in "
            "Ihrer Nähe; Sie finden sie auf der Karte."
        ),
    },
    {
        "slug": "beispiel-mehrsprachige-merkblaetter",
        "days_ago": 12,
        "title": "Beispiel: Merkblätter in mehreren Sprachen",
        "intro": (
            "Beispielmeldung: Merkblätter zum Alltag in Deutschland gibt es jetzt in "
            "weiteren Sprachen zum Herunterladen."
        ),
        "text": (
            "Dies ist eine Beispielmeldung für die Demonstration des Portals. Die "
            "Merkblätter erklären zum Beispiel Mülltrennung, Ruhezeiten im Haus und den "
            "Umgang mit Briefen von Behörden."
        ),
    },
]

DISTRICT_NEWS = {
    "ludwigslust-parchim": [
        {
            "slug": "beispiel-termine-sprachkurse-abgestimmt",
            "days_ago": 6,
            "title": "Beispiel: Termine der Sprachkurse abgestimmt",
            "intro": (
                "Beispielmeldung: Die Sprachkursträger im Landkreis haben die Termine der "
                "nächsten Kurse gemeinsam abgestimmt."
            ),
            "text": (
                "Dies ist eine Beispielmeldung für die Demonstration des Portals. In der "
                "Koordinierungsrunde stimmen die Träger der Sprach- und Integrationskurse, "
                "das Jobcenter, die Agentur für Arbeit und das Bundesamt für Migration und "
                "Flüchtlinge die Termine künftiger Kurse ab, damit Wartezeiten kürzer werden."
            ),
        },
    ],
}


def _item(parent, item, today):
    return get_or_create_child(
        parent,
        NewsPage,
        item["slug"],
        title=item["title"],
        date=today - datetime.timedelta(days=item["days_ago"]),
        intro=item["intro"],
        body=[("text", paragraphs_html([item["text"]]))],
        is_sample_content=True,
    )


def build_news(home):
    """The German news page and items; existing ones are left as they are."""
    today = timezone.localdate()
    news_page, _ = get_or_create_child(
        home,
        NewsIndexPage,
        NEWS_PAGE["slug"],
        title=NEWS_PAGE["title"],
        intro=NEWS_PAGE["intro"],
        is_sample_content=True,
    )
    for item in STATE_NEWS:
        _item(news_page, item, today)
    for slug, items in DISTRICT_NEWS.items():
        district_page = DistrictPage.objects.child_of(home).get(slug=slug)
        for item in items:
            _item(district_page, item, today)
    return news_page
