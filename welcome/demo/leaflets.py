"""Demo leaflets: a downloads page in the German tree with sample leaflets of the whole
state, and one of the district Ludwigslust-Parchim below its district page. Their topics
are the multilingual downloads the district offers in the seeds (asylum procedure,
help against domestic violence, everyday life, form guides for the job centre); the
leaflets themselves are invented, flagged as sample content and say so, and so are
their files: one-page PDFs that name the leaflet and the language and state that they
are samples, not official documents."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.models import DistrictPage, DownloadsPage, LeafletFile, LeafletPage
from welcome.demo.page_tree import get_or_create_child
from welcome.editorial.roles import district_collection

DOWNLOADS_PAGE = {
    "slug": "downloads",
    "title": "Merkblätter zum Herunterladen",
    "intro": (
        "Merkblätter und Broschüren zu wichtigen Themen, in vielen Sprachen. Sie sehen "
        "zuerst die Fassung in Ihrer Sprache."
    ),
}

STATE_LEAFLETS = [
    {
        "slug": "beispiel-merkblatt-asylverfahren",
        "title": "Beispiel: Merkblatt zum Ablauf des Asylverfahrens",
        "topic": "asylum",
        "summary": (
            "Beispiel-Merkblatt: wie das Asylverfahren abläuft, von der Ankunft bis zur "
            "Entscheidung, und welche Rechte und Pflichten Sie dabei haben."
        ),
        "languages": ["de", "en", "ar", "fa", "prs", "ps", "ti", "ku", "tr", "ru", "uk", "fr"],
    },
    {
        "slug": "beispiel-flyer-gegen-haeusliche-gewalt",
        "title": "Beispiel: Flyer gegen häusliche Gewalt",
        "topic": "violence",
        "summary": (
            "Beispiel-Flyer: wo Frauen und Kinder bei Gewalt in der Familie sofort Hilfe "
            "finden, auch anonym und in ihrer Sprache."
        ),
        "languages": ["de", "en", "ar", "fa", "tr", "ru", "uk", "fr", "es"],
    },
    {
        "slug": "beispiel-broschuere-alltag",
        "title": "Beispiel: Broschüre zum Alltag in Deutschland",
        "topic": "everyday-life",
        "summary": (
            "Beispiel-Broschüre: Mülltrennung, Ruhezeiten im Haus, Briefe von Behörden und "
            "andere Fragen des Alltags."
        ),
        "languages": ["de", "en", "ar", "fa", "uk", "ru"],
    },
]

DISTRICT_LEAFLETS = {
    "ludwigslust-parchim": [
        {
            "slug": "beispiel-ausfuellhinweise-jobcenter",
            "title": "Beispiel: Ausfüllhinweise zum Antrag beim Jobcenter",
            "topic": "work",
            "summary": (
                "Beispiel-Merkblatt: wie Sie die Formulare für Leistungen des Jobcenters "
                "ausfüllen und welche Unterlagen Sie mitbringen."
            ),
            "languages": ["de", "ar", "fa", "ru", "uk"],
        },
    ],
}


def sample_pdf(lines):
    """A valid one-page PDF that shows `lines` (Latin-1 text) in Helvetica."""
    text = "BT /F1 14 Tf 72 770 Td 20 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for line in lines
    )
    stream = text.encode("latin-1", errors="replace") + b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def _document(leaflet, language, collection):
    Document = get_document_model()
    title = f"{leaflet['title']} ({language})"
    existing = Document.objects.filter(title=title, collection=collection).first()
    if existing:
        return existing
    content = sample_pdf(
        [
            "Beispieldatei des Demo-Portals - kein amtliches Dokument.",
            "Sample file of the demo portal - not an official document.",
            "",
            leaflet["title"],
            f"Sprache / language: {language}",
        ]
    )
    document = Document(title=title, collection=collection)
    document.file.save(f"{leaflet['slug']}-{language}.pdf", ContentFile(content), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def _leaflet(parent, leaflet, collection):
    page = LeafletPage.objects.child_of(parent).filter(slug=leaflet["slug"]).first()
    if page is not None:
        return page
    page = LeafletPage(
        slug=leaflet["slug"],
        locale=parent.locale,
        title=leaflet["title"],
        topic=leaflet["topic"],
        summary=leaflet["summary"],
        is_sample_content=True,
    )
    page.files = [
        LeafletFile(language=language, document=_document(leaflet, language, collection))
        for language in leaflet["languages"]
    ]
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_downloads(home):
    """The German downloads page and the state's leaflets; existing ones are left as
    they are. Returns (page, parent) pairs, the downloads page first."""
    root_collection = Collection.get_first_root_node()
    downloads_page, _ = get_or_create_child(
        home,
        DownloadsPage,
        DOWNLOADS_PAGE["slug"],
        title=DOWNLOADS_PAGE["title"],
        intro=DOWNLOADS_PAGE["intro"],
        is_sample_content=True,
    )
    return [(downloads_page, home)] + [
        (_leaflet(downloads_page, leaflet, root_collection), downloads_page)
        for leaflet in STATE_LEAFLETS
    ]


def build_district_leaflets(home):
    """The districts' sample leaflets, each file in its district's media collection.
    Returns (leaflet, district page) pairs."""
    root_collection = Collection.get_first_root_node()
    pages = []
    for slug, leaflets in DISTRICT_LEAFLETS.items():
        district_page = DistrictPage.objects.child_of(home).get(slug=slug)
        collection = district_collection(root_collection, district_page.district)
        pages += [
            (_leaflet(district_page, leaflet, collection), district_page) for leaflet in leaflets
        ]
    return pages
