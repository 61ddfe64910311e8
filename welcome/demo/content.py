"""Demo page content for the ``setup_demo`` management command.

This module is pure data: the home page texts, the seven topic sections with their
articles, the eight districts of Mecklenburg-Vorpommern and the legal pages.

A "text" is a dict {"de": German string}. Its translations are not written here: they
live in the demo catalogues, welcome/demo/translations/<language>.po, keyed by the German
string (welcome.demo.catalogue), and `setup_demo` makes them wagtail-localize
translations of the German pages.

Facts marked with ``from_seeds`` come from the source documents in the project's seeds
(the portal's about page, the district page of Landkreis Ludwigslust-Parchim, a 2016
news article and a 2017 press release of the integration ministry). All other texts are
sample content written for the demo (``sample``/``from_seeds`` says which): they describe
general, well-known rules in Germany and contain no real persons, addresses, phone numbers
or e-mail addresses. They must be checked by the responsible editors before real use.
"""

BAMF = "https://www.bamf.de"
ARBEITSAGENTUR = "https://www.arbeitsagentur.de"
MAKE_IT_IN_GERMANY = "https://www.make-it-in-germany.com"
ANERKENNUNG = "https://www.anerkennung-in-deutschland.de"
SOZIAL_MV = "https://www.sozial-mv.de"
BOSCH_LZZ = "https://www.bosch-stiftung.de/land-zuhause-zukunft"
PATIENTENSERVICE = "https://www.116117.de"
HILFETELEFON = "https://www.hilfetelefon.de"

HOME = {
    "title": {"de": "Willkommen in Mecklenburg-Vorpommern"},
    "intro": {
        "de": (
            "Sie sind neu in Mecklenburg-Vorpommern? Dieses Portal gibt Ihnen einen ersten "
            "Überblick über Sprache, Arbeit, Aufenthalt, Gesundheit, Wohnen, Familie und "
            "Beratung. Es richtet sich an Zugewanderte und an alle, die ihnen haupt- oder "
            "ehrenamtlich helfen."
        ),
    },
    "map_teaser": {
        "de": "Suchen Sie auf unserer Karte nach Beratungsstellen, Ämtern und Hilfsangeboten in Ihrer Nähe."
    },
    "contact_heading": {"de": "Fragen? Wir helfen weiter."},
    "contact_text": {
        "de": (
            "Die Migrationsberatung und das Integrationsbüro Ihres Landkreises oder Ihrer "
            "Stadt beraten Sie kostenlos und vertraulich. Auf der Karte finden Sie die Stelle, "
            "die für Ihren Wohnort zuständig ist."
        ),
    },
}

SECTIONS = [
    {
        "slug": "deutsch-lernen",
        "from_seeds": True,
        "title": {"de": "Deutsch lernen"},
        "intro": {
            "de": (
                "Deutsch lernen ist wichtig. Wer die Sprache beherrscht, lebt sich meist "
                "schnell in Deutschland ein. Außerdem sind Deutschkenntnisse notwendig, um eine "
                "Ausbildung zu machen und einen Arbeitsplatz zu finden."
            ),
        },
        "articles": [
            {
                "slug": "integrationskurs",
                "for_all_districts": True,
                "sample": True,
                "title": {"de": "Der Integrationskurs"},
                "intro": {
                    "de": (
                        "Der Integrationskurs ist der wichtigste Weg, um in Deutschland Deutsch "
                        "zu lernen. Hier erfahren Sie, wie der Kurs aufgebaut ist, wer teilnehmen "
                        "kann und wie Sie sich anmelden."
                    ),
                },
                "body": [
                    (
                        "heading",
                        {"de": "Was ist ein Integrationskurs?"},
                    ),
                    (
                        "paragraphs",
                        [
                            {
                                "de": (
                                    "Der Integrationskurs ist ein Angebot des Bundesamts für "
                                    "Migration und Flüchtlinge (BAMF). Er besteht aus zwei "
                                    "Teilen: einem Sprachkurs und einem Orientierungskurs."
                                ),
                            },
                            {
                                "de": (
                                    "Im Sprachkurs lernen Sie Deutsch für den Alltag. Es geht "
                                    "zum Beispiel um Einkaufen, Arztbesuche, Gespräche mit "
                                    "Behörden, die Wohnung und die Arbeit. Der allgemeine "
                                    "Sprachkurs hat in der Regel 600 Unterrichtseinheiten. Eine "
                                    "Unterrichtseinheit dauert 45 Minuten."
                                ),
                            },
                            {
                                "de": (
                                    "Im Orientierungskurs lernen Sie viel über Deutschland: über "
                                    "die Geschichte, die Kultur, das Rechtssystem und die Werte "
                                    "des Zusammenlebens. Dazu gehören zum Beispiel die "
                                    "Gleichberechtigung von Frauen und Männern und die "
                                    "Religionsfreiheit. Der Orientierungskurs hat in der Regel "
                                    "100 Unterrichtseinheiten."
                                ),
                            },
                            {
                                "de": (
                                    "Es gibt auch besondere Kurse, zum Beispiel für Eltern, für "
                                    "Frauen, für junge Erwachsene oder für Menschen, die noch "
                                    "lesen und schreiben lernen möchten (Alphabetisierungskurs). "
                                    "Manche Kurse finden am Abend oder am Wochenende statt."
                                ),
                            },
                        ],
                    ),
                    (
                        "heading",
                        {"de": "Teilnahme und Anmeldung"},
                    ),
                    (
                        "paragraphs",
                        [
                            {
                                "de": (
                                    "Ob Sie am Integrationskurs teilnehmen können oder müssen, "
                                    "hängt von Ihrem Aufenthaltsstatus ab. Ein Aufenthaltstitel "
                                    "ist die Erlaubnis, in Deutschland zu leben, zum Beispiel "
                                    "eine Aufenthaltserlaubnis. Wenn Sie einen Aufenthaltstitel "
                                    "bekommen, prüft die Ausländerbehörde oft gleich, ob Sie "
                                    "einen Kurs besuchen sollen. Auch das Jobcenter kann Sie zu "
                                    "einem Kurs verpflichten."
                                ),
                            },
                            {
                                "de": (
                                    "Wenn Sie nicht verpflichtet sind, können Sie beim BAMF "
                                    "einen Antrag auf Zulassung stellen. Die Kursschulen helfen "
                                    "oft dabei. Mit der Zulassung suchen Sie sich eine Kursschule "
                                    "in Ihrer Nähe aus. Dort machen Sie einen Einstufungstest. So "
                                    "kommen Sie in einen Kurs, der zu Ihren Kenntnissen passt."
                                ),
                            },
                            {
                                "de": (
                                    "Für den Kurs zahlen Sie in der Regel einen Eigenbeitrag pro "
                                    "Unterrichtseinheit. Wenn Sie Leistungen vom Jobcenter oder "
                                    "vom Sozialamt bekommen, können Sie meistens von den Kosten "
                                    "befreit werden. Fragen Sie am besten vor Kursbeginn bei der "
                                    "Kursschule nach."
                                ),
                            },
                            {
                                "de": (
                                    "Am Ende machen Sie zwei Prüfungen: den Deutsch-Test für "
                                    "Zuwanderer und den Test „Leben in Deutschland“. Das Ziel ist "
                                    "das Sprachniveau B1. Wenn Sie beide Tests bestehen, bekommen "
                                    "Sie das „Zertifikat Integrationskurs“. Es kann Ihnen später "
                                    "helfen, zum Beispiel bei einer Niederlassungserlaubnis oder "
                                    "bei der Einbürgerung."
                                ),
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Früh anmelden und regelmäßig teilnehmen"},
                            "text": {
                                "de": (
                                    "Kurse in Ihrer Nähe sind oft schnell voll. Melden Sie sich "
                                    "deshalb früh an. Wenn Sie zum Kurs verpflichtet sind, müssen "
                                    "Sie regelmäßig teilnehmen und Fehltage entschuldigen."
                                ),
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Was passiert, wenn ich die Prüfung nicht bestehe?"
                                },
                                "answer": {
                                    "de": (
                                        "Wenn Sie das Niveau B1 nicht erreichen, können Sie unter "
                                        "bestimmten Voraussetzungen zusätzliche Stunden besuchen "
                                        "und die Prüfung wiederholen. Fragen Sie Ihre Kursschule, "
                                        "welche Möglichkeiten es für Sie gibt."
                                    ),
                                },
                            },
                            {
                                "question": {"de": "Was mache ich, wenn ich krank bin?"},
                                "answer": {
                                    "de": (
                                        "Sagen Sie der Kursschule so schnell wie möglich "
                                        "Bescheid. Wenn Sie zum Kurs verpflichtet sind, brauchen "
                                        "Sie für Fehltage in der Regel eine Bescheinigung, zum "
                                        "Beispiel von der Ärztin oder vom Arzt."
                                    ),
                                },
                            },
                            {
                                "question": {
                                    "de": "Können auch Menschen im Asylverfahren teilnehmen?"
                                },
                                "answer": {
                                    "de": (
                                        "Das ist unter bestimmten Voraussetzungen möglich, wenn "
                                        "es freie Plätze gibt. Die Regeln haben sich in den "
                                        "letzten Jahren mehrmals geändert. Eine "
                                        "Migrationsberatungsstelle sagt Ihnen, was für Sie gilt."
                                    ),
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Mehr zum Integrationskurs"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Integrationskurse beim Bundesamt für Migration und Flüchtlinge"
                                    },
                                    "url": BAMF,
                                },
                                {
                                    "title": {
                                        "de": "Integration in Mecklenburg-Vorpommern: Informationen des Sozialministeriums"
                                    },
                                    "url": SOZIAL_MV,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "berufssprachkurse",
                "sample": True,
                "title": {"de": "Deutsch für den Beruf: Berufssprachkurse"},
                "intro": {
                    "de": (
                        "Nach dem Integrationskurs können Sie Ihr Deutsch für die Arbeit weiter "
                        "verbessern. Berufssprachkurse bereiten Sie auf die Sprache im Beruf vor."
                    ),
                },
                "body": [
                    (
                        "heading",
                        {"de": "Was sind Berufssprachkurse?"},
                    ),
                    (
                        "paragraphs",
                        [
                            {
                                "de": (
                                    "Berufssprachkurse sind Deutschkurse für den Beruf. Sie "
                                    "werden vom BAMF gefördert. Sie lernen dort die Sprache, die "
                                    "Sie bei der Arbeit, in einer Ausbildung oder bei der "
                                    "Jobsuche brauchen."
                                ),
                            },
                            {
                                "de": (
                                    "Im Kurs üben Sie zum Beispiel, Bewerbungen zu schreiben, am "
                                    "Telefon zu sprechen, E-Mails zu verstehen und mit "
                                    "Kolleginnen, Kollegen und Kundschaft zu sprechen. Die Kurse "
                                    "führen meistens von einem Sprachniveau zum nächsten, zum "
                                    "Beispiel von B1 zu B2."
                                ),
                            },
                            {
                                "de": (
                                    "Es gibt auch Spezialkurse für bestimmte Berufsgruppen, zum "
                                    "Beispiel für Gesundheitsberufe oder für Menschen, die ihren "
                                    "ausländischen Berufsabschluss anerkennen lassen möchten. Ob "
                                    "es einen passenden Kurs in Ihrer Nähe gibt, erfahren Sie bei "
                                    "den Kursträgern oder bei Ihrer Beratungsstelle."
                                ),
                            },
                        ],
                    ),
                    (
                        "heading",
                        {"de": "Wie kommen Sie in einen Kurs?"},
                    ),
                    (
                        "paragraphs",
                        [
                            {
                                "de": (
                                    "Wenn Sie arbeitsuchend gemeldet sind oder Leistungen "
                                    "bekommen, sprechen Sie mit Ihrer Ansprechperson bei der "
                                    "Agentur für Arbeit oder beim Jobcenter. Dort bekommen Sie "
                                    "eine Berechtigung für den Kurs."
                                ),
                            },
                            {
                                "de": (
                                    "Wenn Sie schon arbeiten oder eine Ausbildung machen, können "
                                    "Sie sich direkt an das BAMF oder an einen Kursträger wenden. "
                                    "Manche Arbeitgeber unterstützen ihre Beschäftigten dabei, "
                                    "zum Beispiel mit passenden Arbeitszeiten."
                                ),
                            },
                            {
                                "de": (
                                    "Für viele Teilnehmende ist der Kurs kostenlos. Ob Sie einen "
                                    "Eigenbeitrag zahlen müssen, hängt von Ihrer Situation ab, "
                                    "zum Beispiel von Ihrem Einkommen. Am Ende gibt es in der "
                                    "Regel eine Prüfung mit Zertifikat."
                                ),
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Gut zu wissen: Zertifikate aufbewahren"},
                            "text": {
                                "de": (
                                    "Ein Sprachzertifikat auf dem Niveau B2 oder höher hilft bei "
                                    "der Arbeitssuche und oft auch bei der Anerkennung Ihres "
                                    "Berufsabschlusses. Bewahren Sie alle Zertifikate gut auf und "
                                    "machen Sie Kopien."
                                ),
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Muss ich zuerst einen Integrationskurs machen?"
                                },
                                "answer": {
                                    "de": (
                                        "In der Regel ja. Berufssprachkurse bauen meistens auf dem "
                                        "Integrationskurs auf. Wenn Sie schon gut Deutsch "
                                        "sprechen, zeigt ein Einstufungstest, welcher Kurs zu "
                                        "Ihnen passt."
                                    ),
                                },
                            },
                            {
                                "question": {"de": "Kann ich den Kurs neben der Arbeit besuchen?"},
                                "answer": {
                                    "de": (
                                        "Ja. Viele Kursträger bieten Kurse in Teilzeit an, zum "
                                        "Beispiel am Abend. Manche Kurse finden teilweise online "
                                        "statt."
                                    ),
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Mehr zu Deutsch im Beruf"},
                            "links": [
                                {
                                    "title": {"de": "Berufssprachkurse beim BAMF"},
                                    "url": BAMF,
                                },
                                {
                                    "title": {
                                        "de": "Beratung und Arbeitssuche bei der Agentur für Arbeit"
                                    },
                                    "url": ARBEITSAGENTUR,
                                },
                                {
                                    "title": {
                                        "de": "Deutsch lernen für Beruf und Alltag: Make it in Germany"
                                    },
                                    "url": MAKE_IT_IN_GERMANY,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "deutsch-lernen-im-alltag-und-online",
                "sample": True,
                "title": {"de": "Deutsch lernen im Alltag und online"},
                "intro": {
                    "de": (
                        "Sie lernen Deutsch nicht nur im Kurs. Im Alltag, im Gespräch mit anderen "
                        "Menschen und mit kostenlosen Online-Angeboten kommen Sie schneller voran."
                    ),
                },
                "body": [
                    (
                        "heading",
                        {"de": "Sprechen, üben, Menschen treffen"},
                    ),
                    (
                        "paragraphs",
                        [
                            {
                                "de": (
                                    "Jede Gelegenheit zum Sprechen hilft. Trauen Sie sich, "
                                    "Deutsch zu sprechen, auch wenn Sie noch Fehler machen. Die "
                                    "meisten Menschen freuen sich, wenn Sie es versuchen."
                                ),
                            },
                            {
                                "de": (
                                    "In vielen Orten gibt es Sprachcafés und Gesprächsgruppen. "
                                    "Dort treffen sich Zugewanderte und Ehrenamtliche, um "
                                    "gemeinsam Deutsch zu sprechen. Solche Treffen organisieren "
                                    "zum Beispiel Vereine, Kirchengemeinden, Bibliotheken oder "
                                    "Volkshochschulen. Die Teilnahme ist meistens kostenlos."
                                ),
                            },
                            {
                                "de": (
                                    "Eine gute Möglichkeit ist auch ein Sprachtandem. Sie treffen "
                                    "sich regelmäßig mit einer Person, die Deutsch spricht und "
                                    "Ihre Sprache lernen möchte. So helfen Sie sich gegenseitig."
                                ),
                            },
                            {
                                "de": (
                                    "Auch in einem Verein lernen Sie schnell Deutsch, zum "
                                    "Beispiel im Sportverein, im Chor oder bei der Freiwilligen "
                                    "Feuerwehr. Dort lernen Sie außerdem Menschen aus Ihrem Ort "
                                    "kennen."
                                ),
                            },
                        ],
                    ),
                    (
                        "heading",
                        {"de": "Online und mit dem Smartphone lernen"},
                    ),
                    (
                        "paragraphs",
                        [
                            {
                                "de": (
                                    "Das BAMF bietet und fördert kostenlose Apps und "
                                    "Online-Angebote. Damit können Sie Deutsch üben und sich über "
                                    "das Leben in Deutschland informieren, teilweise auch in "
                                    "Ihrer Sprache. Sie finden diese Angebote auf der "
                                    "Internetseite des BAMF."
                                ),
                            },
                            {
                                "de": (
                                    "Viele öffentliche Bibliotheken haben Bücher, Hörbücher und "
                                    "Filme zum Deutschlernen. Einen Bibliotheksausweis bekommen "
                                    "Sie oft für wenig Geld. Manche Sender bieten Nachrichten in "
                                    "einfacher Sprache an. Auch Filme und Serien mit deutschen "
                                    "Untertiteln helfen beim Lernen."
                                ),
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Jeden Tag ein bisschen"},
                            "text": {
                                "de": (
                                    "Lernen Sie lieber jeden Tag 15 Minuten als einmal in der "
                                    "Woche zwei Stunden. Schreiben Sie neue Wörter auf und "
                                    "benutzen Sie sie noch am selben Tag."
                                ),
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Ersetzen Apps einen Sprachkurs?"},
                                "answer": {
                                    "de": (
                                        "Nein. Apps sind eine gute Ergänzung. Ein Kurs mit "
                                        "Lehrkraft und Prüfung ist aber wichtig, zum Beispiel für "
                                        "Ihren Aufenthalt, Ihre Ausbildung oder Ihre Arbeit."
                                    ),
                                },
                            },
                            {
                                "question": {"de": "Wie finde ich ein Sprachcafé in meiner Nähe?"},
                                "answer": {
                                    "de": (
                                        "Fragen Sie bei der Migrationsberatung, in der Bibliothek "
                                        "oder bei Ihrer Gemeinde nach. Auf der Karte in diesem "
                                        "Portal finden Sie außerdem Angebote in Ihrer Umgebung."
                                    ),
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Online weiterlernen"},
                            "links": [
                                {
                                    "title": {"de": "Kostenlose Lernangebote des BAMF"},
                                    "url": BAMF,
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "ausbildung-beruf-praktikum",
        "from_seeds": True,
        "title": {"de": "Ausbildung, Beruf & Praktikum"},
        "intro": {
            "de": "Eine passende Berufsausbildung zählt viel. Doch gerade für junge Menschen ist es oftmals schwierig, sich für einen Beruf zu entscheiden – und den richtigen Ausbildungsplatz zu bekommen."
        },
        "articles": [
            {
                "slug": "ausbildung-in-deutschland",
                "sample": True,
                "title": {"de": "Ausbildung in Deutschland"},
                "intro": {
                    "de": "In Deutschland lernen Sie viele Berufe in einer Ausbildung. Hier erfahren Sie, wie die duale Ausbildung funktioniert und wie Sie einen Ausbildungsplatz finden."
                },
                "body": [
                    ("heading", {"de": "Das duale System"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Die meisten Ausbildungen in Deutschland sind „dual“. Das bedeutet: Sie lernen an zwei Orten. Im Betrieb arbeiten Sie mit und lernen die Praxis. In der Berufsschule lernen Sie die Theorie."
                            },
                            {
                                "de": "Eine Ausbildung dauert meistens zwei bis dreieinhalb Jahre. Sie bekommen jeden Monat eine Ausbildungsvergütung, also Geld für Ihre Arbeit im Betrieb. Am Ende machen Sie eine Prüfung, zum Beispiel bei der Industrie- und Handelskammer oder bei der Handwerkskammer. Dann haben Sie einen anerkannten Berufsabschluss."
                            },
                            {
                                "de": "Es gibt mehr als 300 anerkannte Ausbildungsberufe, zum Beispiel im Handwerk, in der Pflege, im Hotel- und Gastgewerbe, im Handel oder in der Landwirtschaft. Manche Berufe lernen Sie an einer Berufsfachschule, zum Beispiel Berufe in der Kinderbetreuung."
                            },
                        ],
                    ),
                    ("heading", {"de": "Der Weg zum Ausbildungsvertrag"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Bis ein Ausbildungsvertrag abgeschlossen werden kann, sind einige Hürden zu nehmen. Viele Betriebe erwarten Deutschkenntnisse etwa auf dem Niveau B1. Oft brauchen Sie auch ein Schulzeugnis. Ein ausländisches Schulzeugnis können Sie bewerten oder anerkennen lassen."
                            },
                            {
                                "de": "Die Berufsberatung der Agentur für Arbeit hilft Ihnen kostenlos. Dort finden Sie heraus, welcher Beruf zu Ihnen passt, und bekommen Angebote für freie Ausbildungsplätze. Auch die Kammern und die Jugendmigrationsdienste beraten Sie."
                            },
                            {
                                "de": "Wenn Sie eine Aufenthaltsgestattung oder eine Duldung haben, brauchen Sie für eine Ausbildung eine Erlaubnis der Ausländerbehörde. Eine Ausbildung kann Ihren Aufenthalt unter bestimmten Voraussetzungen sicherer machen. Lassen Sie sich dazu unbedingt beraten, bevor Sie einen Vertrag unterschreiben."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Hilfe während der Ausbildung"},
                            "text": {
                                "de": "Wenn es in der Berufsschule schwierig wird, gibt es Unterstützung. Die Agentur für Arbeit fördert zum Beispiel Nachhilfe und eine Begleitung während der Ausbildung. Fragen Sie früh danach, nicht erst kurz vor der Prüfung."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Bin ich zu alt für eine Ausbildung?"},
                                "answer": {
                                    "de": "Nein. In Deutschland gibt es keine feste Altersgrenze für eine Ausbildung. Auch Erwachsene mit 30 oder 40 Jahren beginnen noch eine Ausbildung."
                                },
                            },
                            {
                                "question": {"de": "Kann ich von der Ausbildungsvergütung leben?"},
                                "answer": {
                                    "de": "Das ist oft knapp. Unter bestimmten Voraussetzungen bekommen Sie zusätzliche Unterstützung, zum Beispiel Berufsausbildungsbeihilfe von der Agentur für Arbeit. Fragen Sie bei der Berufsberatung nach."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Ausbildungsplatz finden"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Berufsberatung und Ausbildungssuche der Agentur für Arbeit"
                                    },
                                    "url": ARBEITSAGENTUR,
                                },
                                {
                                    "title": {
                                        "de": "Ausbildung in Deutschland: Make it in Germany"
                                    },
                                    "url": MAKE_IT_IN_GERMANY,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "anerkennung-auslaendischer-abschluesse",
                "sample": True,
                "title": {"de": "Anerkennung ausländischer Abschlüsse"},
                "intro": {
                    "de": "Sie haben im Ausland einen Beruf gelernt oder studiert? Dann können Sie Ihren Abschluss in Deutschland prüfen lassen. Das verbessert Ihre Chancen auf eine passende Arbeit."
                },
                "body": [
                    ("heading", {"de": "Was bedeutet Anerkennung?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Bei der Anerkennung vergleicht eine zuständige Stelle Ihren ausländischen Abschluss mit einem deutschen Abschluss. Am Ende bekommen Sie einen Bescheid. Darin steht, ob Ihr Abschluss gleichwertig ist oder welche Unterschiede es gibt."
                            },
                            {
                                "de": "Für manche Berufe ist die Anerkennung Pflicht. Das sind die sogenannten reglementierten Berufe, zum Beispiel Ärztin und Arzt, Pflegefachkraft, Lehrkraft, Erzieherin und Erzieher oder Apothekerin und Apotheker. In diesen Berufen dürfen Sie ohne Anerkennung nicht oder nur eingeschränkt arbeiten."
                            },
                            {
                                "de": "Für viele andere Berufe ist die Anerkennung nicht vorgeschrieben. Sie ist aber trotzdem sinnvoll, denn Arbeitgeber verstehen dann besser, was Sie können. Für Hochschulabschlüsse in nicht reglementierten Berufen können Sie eine Zeugnisbewertung bei der Zentralstelle für ausländisches Bildungswesen beantragen."
                            },
                        ],
                    ),
                    ("heading", {"de": "So gehen Sie vor"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Finden Sie zuerst heraus, welche Stelle für Ihren Beruf zuständig ist. Das kann zum Beispiel die Industrie- und Handelskammer, die Handwerkskammer oder eine Landesbehörde sein. Das Portal „Anerkennung in Deutschland“ hilft Ihnen dabei."
                            },
                            {
                                "de": "Für den Antrag brauchen Sie in der Regel Ihre Zeugnisse, Nachweise über Ihre Berufserfahrung und einen Identitätsnachweis. Oft brauchen Sie Übersetzungen von öffentlich bestellten oder beeidigten Übersetzerinnen und Übersetzern. Fragen Sie vorher, ob Sie beglaubigte Kopien brauchen."
                            },
                            {
                                "de": "Das Verfahren kostet Gebühren. Die Höhe ist je nach Beruf und Stelle unterschiedlich. Wenn Sie Leistungen bekommen, übernehmen das Jobcenter oder die Agentur für Arbeit die Kosten unter Umständen. Fragen Sie vor dem Antrag nach."
                            },
                            {
                                "de": "Wenn Ihr Abschluss nur teilweise gleichwertig ist, können Sie die Unterschiede oft ausgleichen, zum Beispiel mit einer Anpassungsqualifizierung oder einer Prüfung. Auch dafür gibt es Beratung und Förderung."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Wichtig: Originale behalten"},
                            "text": {
                                "de": "Geben Sie Ihre Original-Zeugnisse nur aus der Hand, wenn das ausdrücklich verlangt wird. Schicken Sie Kopien und bewahren Sie die Originale sicher auf."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Was mache ich, wenn ich keine Zeugnisse mehr habe?"
                                },
                                "answer": {
                                    "de": "Das kommt bei Geflüchteten häufig vor. In vielen Fällen gibt es andere Wege, zum Beispiel eine Qualifikationsanalyse. Dabei zeigen Sie Ihr Können in der Praxis. Lassen Sie sich dazu beraten."
                                },
                            },
                            {
                                "question": {"de": "Wie lange dauert die Anerkennung?"},
                                "answer": {
                                    "de": "Das ist unterschiedlich. Wenn alle Unterlagen vollständig sind, entscheidet die Stelle in der Regel innerhalb weniger Monate. Reichen Sie deshalb möglichst vollständige Unterlagen ein."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Anerkennung Schritt für Schritt"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Anerkennung in Deutschland: Anerkennungs-Finder und Beratung"
                                    },
                                    "url": ANERKENNUNG,
                                },
                                {
                                    "title": {"de": "Arbeiten in Deutschland: Make it in Germany"},
                                    "url": MAKE_IT_IN_GERMANY,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "praktikum-und-erste-arbeit",
                "sample": True,
                "title": {"de": "Praktikum und erste Arbeit"},
                "intro": {
                    "de": "Ein Praktikum ist ein guter Weg, einen Beruf und einen Betrieb kennenzulernen. Hier lesen Sie, was Sie vor der ersten Arbeit in Deutschland wissen sollten."
                },
                "body": [
                    ("heading", {"de": "Erst ausprobieren: das Praktikum"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "In einem Praktikum arbeiten Sie für eine begrenzte Zeit in einem Betrieb mit. Sie lernen die Arbeit, die Kolleginnen und Kollegen und die Sprache im Beruf kennen. Der Betrieb lernt auch Sie kennen. Aus einem Praktikum wird oft ein Ausbildungsplatz oder eine Arbeitsstelle."
                            },
                            {
                                "de": "Eine besondere Form ist die Einstiegsqualifizierung. Das ist ein längeres Praktikum von mehreren Monaten, das auf eine Ausbildung vorbereitet. Die Agentur für Arbeit und das Jobcenter können sie fördern."
                            },
                            {
                                "de": "Auch für ein Praktikum brauchen Sie eventuell eine Erlaubnis. Wenn Sie eine Aufenthaltsgestattung oder eine Duldung haben, fragen Sie vorher bei der Ausländerbehörde nach. Für manche Praktika gilt außerdem der gesetzliche Mindestlohn."
                            },
                        ],
                    ),
                    ("heading", {"de": "Die erste Arbeitsstelle"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Lassen Sie sich die Bedingungen Ihrer Arbeit schriftlich geben und lesen Sie den Arbeitsvertrag genau. Darin stehen zum Beispiel Ihre Arbeitszeit, Ihr Lohn, Ihr Urlaub und die Kündigungsfrist. Am Anfang gibt es oft eine Probezeit."
                            },
                            {
                                "de": "Für eine Arbeitsstelle brauchen Sie eine Steuer-Identifikationsnummer, ein Bankkonto und eine Krankenversicherung. Die Steuer-Identifikationsnummer bekommen Sie in der Regel automatisch per Post, nachdem Sie sich beim Bürgeramt angemeldet haben."
                            },
                            {
                                "de": "In Deutschland gilt ein gesetzlicher Mindestlohn. Ihr Arbeitgeber meldet Sie bei der Sozialversicherung an, zum Beispiel bei der Kranken- und Rentenversicherung. Arbeit ohne Anmeldung, also Schwarzarbeit, ist verboten und schadet Ihnen: Sie sind dann nicht versichert."
                            },
                            {
                                "de": "Wenn Sie Leistungen vom Jobcenter bekommen, müssen Sie eine neue Arbeit und jedes Einkommen sofort melden. Oft bekommen Sie trotzdem noch ergänzende Leistungen."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Bewerbungsunterlagen"},
                            "text": {
                                "de": "In Deutschland gehören zu einer Bewerbung meistens ein Anschreiben, ein Lebenslauf und Kopien Ihrer Zeugnisse. Die Migrationsberatung, der Jugendmigrationsdienst und das Jobcenter helfen Ihnen dabei."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Bekomme ich im Praktikum Geld?"},
                                "answer": {
                                    "de": "Das hängt von der Art des Praktikums ab. Pflichtpraktika für Schule, Ausbildung oder Studium und kurze Praktika zur Orientierung werden oft nicht bezahlt. Bei längeren freiwilligen Praktika gilt häufig der Mindestlohn."
                                },
                            },
                            {
                                "question": {"de": "Was ist ein Minijob?"},
                                "answer": {
                                    "de": "Ein Minijob ist eine Arbeit mit geringem Verdienst. Es gibt eine monatliche Verdienstgrenze, die sich regelmäßig ändert. Auch für einen Minijob brauchen Sie eine Erlaubnis, wenn Ihr Aufenthaltsdokument das verlangt."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Arbeit finden"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Jobsuche und Beratung bei der Agentur für Arbeit"
                                    },
                                    "url": ARBEITSAGENTUR,
                                },
                                {
                                    "title": {
                                        "de": "Leben und Arbeiten in Deutschland: Make it in Germany"
                                    },
                                    "url": MAKE_IT_IN_GERMANY,
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "gesetzliche-grundlagen-aufenthalt-asylrecht",
        "from_seeds": True,
        "title": {"de": "Gesetzliche Grundlagen, Aufenthalt & Asylrecht"},
        "intro": {
            "de": "Integration ist ein langfristiger Prozess. Zugewanderten soll eine umfassende und gleichberechtigte Teilhabe in allen gesellschaftlichen Bereichen ermöglicht werden. Sie stehen dafür in der Pflicht, Deutsch zu lernen sowie die Verfassung und die Gesetze zu kennen, zu respektieren und zu befolgen."
        },
        "articles": [
            {
                "slug": "asylverfahren-schritt-fuer-schritt",
                "sample": True,
                "title": {"de": "Das Asylverfahren Schritt für Schritt"},
                "intro": {
                    "de": "Wenn Sie in Deutschland Schutz suchen, prüft das Bundesamt für Migration und Flüchtlinge Ihren Asylantrag. Hier erfahren Sie, welche Schritte Sie erwarten und was Sie beachten müssen."
                },
                "body": [
                    ("heading", {"de": "Von der Ankunft bis zur Anhörung"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Wer in Deutschland Schutz vor Verfolgung oder Krieg sucht, kann Asyl beantragen. Nach der Ankunft werden Sie registriert und bekommen einen Ankunftsnachweis. Sie wohnen zuerst in einer Erstaufnahmeeinrichtung des Bundeslandes."
                            },
                            {
                                "de": "Dann stellen Sie Ihren Asylantrag persönlich beim Bundesamt für Migration und Flüchtlinge (BAMF). Danach bekommen Sie eine Aufenthaltsgestattung. Dieses Dokument erlaubt Ihren Aufenthalt während des Asylverfahrens. Es ist kein Aufenthaltstitel."
                            },
                            {
                                "de": "Vielleicht ist ein anderer europäischer Staat für Ihren Antrag zuständig, zum Beispiel, weil Sie dort zuerst registriert wurden. Das nennt man Dublin-Verfahren. Das BAMF prüft das am Anfang des Verfahrens."
                            },
                            {
                                "de": "Der wichtigste Termin ist die Anhörung beim BAMF. Dort erzählen Sie, warum Sie Ihr Land verlassen haben und was Ihnen bei einer Rückkehr droht. Eine Dolmetscherin oder ein Dolmetscher übersetzt. Erzählen Sie alles ausführlich und wahrheitsgemäß. Wenn Sie etwas nicht verstehen, sagen Sie es sofort."
                            },
                        ],
                    ),
                    ("heading", {"de": "Die Entscheidung"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Das BAMF schickt Ihnen die Entscheidung schriftlich. Es gibt verschiedene Formen von Schutz: die Anerkennung als asylberechtigte Person, den Flüchtlingsschutz, den subsidiären Schutz und ein Abschiebungsverbot. Je nach Schutzform bekommen Sie eine Aufenthaltserlaubnis mit unterschiedlicher Dauer."
                            },
                            {
                                "de": "Wenn Ihr Antrag abgelehnt wird, können Sie dagegen beim Verwaltungsgericht klagen. Die Fristen sind sehr kurz, manchmal nur eine Woche. Lesen Sie die Rechtsbehelfsbelehrung am Ende des Bescheids und gehen Sie sofort zu einer Beratungsstelle oder zu einer Anwältin oder einem Anwalt."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Wichtig: Post jeden Tag öffnen"},
                            "text": {
                                "de": "Teilen Sie dem BAMF, der Ausländerbehörde und gegebenenfalls dem Gericht jede neue Adresse sofort mit. Öffnen Sie Ihre Post jeden Tag, denn wichtige Briefe haben oft kurze Fristen. Wenn Sie einen Brief nicht verstehen, lassen Sie ihn sich sofort erklären."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Darf ich zur Anhörung eine Begleitperson mitbringen?"
                                },
                                "answer": {
                                    "de": "Sie dürfen eine Anwältin oder einen Anwalt oder eine andere Person als Beistand mitbringen. Sagen Sie dem BAMF am besten vorher Bescheid."
                                },
                            },
                            {
                                "question": {
                                    "de": "Kann ich mir wünschen, mit einer Frau zu sprechen?"
                                },
                                "answer": {
                                    "de": "Ja. Sie können vorher sagen, ob Sie lieber von einer Frau oder einem Mann angehört werden möchten und welche Dolmetschung Sie sich wünschen. Das ist zum Beispiel wichtig, wenn Sie über sexuelle Gewalt berichten."
                                },
                            },
                            {
                                "question": {"de": "Wo bekomme ich unabhängige Beratung?"},
                                "answer": {
                                    "de": "Es gibt eine Asylverfahrensberatung, die unabhängig von den Behörden ist, zum Beispiel bei Wohlfahrtsverbänden und Flüchtlingsinitiativen. Die Beratung ist kostenlos. Auf der Karte in diesem Portal finden Sie Stellen in Ihrer Nähe."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Informationen zum Asylverfahren"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Das Asylverfahren beim Bundesamt für Migration und Flüchtlinge"
                                    },
                                    "url": BAMF,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "aufenthaltstitel-und-auslaenderbehoerde",
                "sample": True,
                "title": {"de": "Aufenthaltstitel und Ausländerbehörde"},
                "intro": {
                    "de": "Ein Aufenthaltstitel regelt, wie lange Sie in Deutschland bleiben dürfen und ob Sie arbeiten dürfen. Zuständig ist die Ausländerbehörde Ihres Landkreises oder Ihrer kreisfreien Stadt."
                },
                "body": [
                    ("heading", {"de": "Welche Aufenthaltstitel gibt es?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Ein Aufenthaltstitel ist die offizielle Erlaubnis, in Deutschland zu leben. Menschen aus Staaten außerhalb der Europäischen Union brauchen in der Regel einen Aufenthaltstitel. Bürgerinnen und Bürger der EU brauchen keinen. Sie müssen sich aber wie alle anderen beim Bürgeramt anmelden."
                            },
                            {
                                "de": "Die wichtigsten Aufenthaltstitel sind das Visum, die Aufenthaltserlaubnis, die Blaue Karte EU, die Niederlassungserlaubnis und die Erlaubnis zum Daueraufenthalt-EU. Die Aufenthaltserlaubnis ist befristet, sie gilt also nur für eine bestimmte Zeit. Die Niederlassungserlaubnis ist unbefristet."
                            },
                            {
                                "de": "Keine Aufenthaltstitel sind die Aufenthaltsgestattung während des Asylverfahrens und die Duldung. Eine Duldung bedeutet: Sie müssen Deutschland eigentlich verlassen, aber die Abschiebung ist vorübergehend ausgesetzt."
                            },
                            {
                                "de": "Ihr Aufenthaltstitel ist meistens eine Karte im Scheckkartenformat, der elektronische Aufenthaltstitel. Auf der Karte oder auf einem Zusatzblatt steht, ob Sie arbeiten dürfen. Diese Angaben heißen Nebenbestimmungen."
                            },
                        ],
                    ),
                    ("heading", {"de": "Die Ausländerbehörde"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Jeder Landkreis und jede kreisfreie Stadt in Mecklenburg-Vorpommern hat eine Ausländerbehörde. Sie erteilt und verlängert Aufenthaltstitel, stellt Duldungen aus und entscheidet über Erlaubnisse zur Beschäftigung. Zuständig ist die Behörde an Ihrem Wohnort."
                            },
                            {
                                "de": "Beantragen Sie die Verlängerung Ihres Aufenthaltstitels rechtzeitig, am besten einige Wochen vor Ablauf. Wenn Sie den Antrag vor Ablauf stellen, bekommen Sie in der Regel eine Fiktionsbescheinigung. Sie bestätigt, dass Ihr bisheriges Aufenthaltsrecht bis zur Entscheidung weiter gilt."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Gut vorbereitet zum Termin"},
                            "text": {
                                "de": "Nehmen Sie zu jedem Termin Ihren Pass, Ihr aktuelles Aufenthaltsdokument, ein biometrisches Passfoto und alle Schreiben der Behörde mit. Fragen Sie vorher, welche Nachweise Sie brauchen, zum Beispiel zu Einkommen, Wohnung oder Krankenversicherung."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Was passiert, wenn mein Aufenthaltstitel abläuft?"
                                },
                                "answer": {
                                    "de": "Ohne gültiges Aufenthaltsrecht halten Sie sich unter Umständen unerlaubt in Deutschland auf. Das kann ernste Folgen haben, auch für Ihre Arbeit und Ihre Sozialleistungen. Stellen Sie den Antrag auf Verlängerung deshalb immer vor Ablauf."
                                },
                            },
                            {
                                "question": {"de": "Darf ich innerhalb Deutschlands umziehen?"},
                                "answer": {
                                    "de": "Das hängt von Ihrem Status ab. Für manche Menschen gilt eine Wohnsitzauflage oder eine Wohnsitzregelung. Dann dürfen Sie nur an einem bestimmten Ort wohnen. Fragen Sie vor einem Umzug bei der Ausländerbehörde nach."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Mehr zum Aufenthalt"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Aufenthalt in Deutschland: Informationen des BAMF"
                                    },
                                    "url": BAMF,
                                },
                                {
                                    "title": {
                                        "de": "Zuwanderung und Integration in Mecklenburg-Vorpommern"
                                    },
                                    "url": SOZIAL_MV,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "arbeiten-mit-gestattung-oder-duldung",
                "sample": True,
                "title": {"de": "Arbeiten mit Aufenthaltsgestattung oder Duldung"},
                "intro": {
                    "de": "Auch während des Asylverfahrens oder mit einer Duldung ist Arbeit unter bestimmten Voraussetzungen möglich. Sie brauchen dafür aber fast immer eine Erlaubnis der Ausländerbehörde."
                },
                "body": [
                    ("heading", {"de": "Die Beschäftigungserlaubnis"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Wenn Sie eine Aufenthaltsgestattung oder eine Duldung haben, dürfen Sie nicht ohne Weiteres arbeiten. Sie brauchen eine Beschäftigungserlaubnis der Ausländerbehörde. Oft muss auch die Bundesagentur für Arbeit zustimmen."
                            },
                            {
                                "de": "Die Erlaubnis gilt meistens für eine bestimmte Stelle bei einem bestimmten Arbeitgeber. Sie beantragen sie deshalb, wenn Sie ein konkretes Angebot haben. Legen Sie dem Antrag eine Beschreibung der Stelle vom Arbeitgeber bei."
                            },
                            {
                                "de": "In den ersten Monaten nach dem Asylantrag ist Arbeit in der Regel nicht erlaubt. Auch solange Sie in einer Erstaufnahmeeinrichtung wohnen, gelten besondere Regeln. Für Menschen aus sogenannten sicheren Herkunftsstaaten gibt es weitere Einschränkungen."
                            },
                        ],
                    ),
                    ("heading", {"de": "Ausbildung, Arbeit und Aufenthalt"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Eine Ausbildung oder eine feste Arbeit kann Ihnen unter bestimmten Voraussetzungen einen sichereren Aufenthalt ermöglichen. Dafür gibt es zum Beispiel die Ausbildungsduldung und die Beschäftigungsduldung. Die Voraussetzungen sind streng, zum Beispiel bei der Klärung Ihrer Identität."
                            },
                            {
                                "de": "Die gesetzlichen Regeln haben sich in den letzten Jahren mehrmals geändert. Was für Sie gilt, hängt von Ihrer persönlichen Situation ab. Lassen Sie sich deshalb immer beraten, bevor Sie eine Stelle annehmen oder einen Ausbildungsvertrag unterschreiben."
                            },
                            {
                                "de": "Arbeiten Sie nie ohne Erlaubnis. Unerlaubte Arbeit ist verboten, kann ein Bußgeld zur Folge haben und Ihrem Aufenthalt schaden. Eine selbstständige Tätigkeit ist mit Aufenthaltsgestattung oder Duldung in der Regel nicht erlaubt."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Wo steht, ob ich arbeiten darf?"},
                            "text": {
                                "de": "Schauen Sie in Ihr Dokument. Dort steht zum Beispiel „Beschäftigung nur mit Erlaubnis der Ausländerbehörde gestattet“ oder „Erwerbstätigkeit nicht gestattet“. Wenn Sie unsicher sind, fragen Sie bei der Ausländerbehörde oder bei einer Beratungsstelle nach."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Darf ich ein Praktikum machen?"},
                                "answer": {
                                    "de": "Auch für viele Praktika brauchen Sie eine Erlaubnis. Das gilt besonders, wenn das Praktikum bezahlt wird oder länger dauert. Fragen Sie vorher bei der Ausländerbehörde nach."
                                },
                            },
                            {
                                "question": {
                                    "de": "Hilft mir die Agentur für Arbeit bei der Suche?"
                                },
                                "answer": {
                                    "de": "Ja. Die Agentur für Arbeit und das Jobcenter beraten Sie bei der Suche nach Arbeit oder Ausbildung. Dort bekommen Sie auch Informationen zu Förderungen, zum Beispiel zu Sprachkursen und Weiterbildungen."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Arbeit und Beratung"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Informationen der Agentur für Arbeit für Geflüchtete"
                                    },
                                    "url": ARBEITSAGENTUR,
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "gesundheit",
        "from_seeds": False,
        "title": {"de": "Gesundheit"},
        "intro": {
            "de": "Hier erfahren Sie, wie die Krankenversicherung funktioniert, was Sie im Notfall tun und wo Sie Hilfe bekommen, wenn die Seele leidet."
        },
        "articles": [
            {
                "slug": "krankenversicherung-und-gesundheitskarte",
                "sample": True,
                "title": {"de": "Krankenversicherung und Gesundheitskarte"},
                "intro": {
                    "de": "In Deutschland muss jeder Mensch krankenversichert sein. Hier erfahren Sie, wie die Krankenversicherung funktioniert und wie ein Arztbesuch abläuft."
                },
                "body": [
                    ("heading", {"de": "Wie sind Sie versichert?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "In Deutschland gibt es eine Pflicht zur Krankenversicherung. Die meisten Menschen sind in einer gesetzlichen Krankenkasse versichert. Sie können sich Ihre Krankenkasse selbst aussuchen."
                            },
                            {
                                "de": "Wenn Sie angestellt arbeiten, meldet Ihr Arbeitgeber Sie bei der Krankenkasse an. Die Beiträge werden direkt vom Lohn abgezogen. Wenn Sie Leistungen vom Jobcenter bekommen, zahlt das Jobcenter die Beiträge. Kinder und Ehepartner ohne eigenes Einkommen sind oft kostenlos mitversichert. Das heißt Familienversicherung."
                            },
                            {
                                "de": "Während des Asylverfahrens und in der ersten Zeit mit einer Duldung gelten besondere Regeln. Sie bekommen dann Leistungen nach dem Asylbewerberleistungsgesetz. Die Behandlung ist eingeschränkt, zum Beispiel auf akute Krankheiten, Schmerzen, Schwangerschaft und Geburt sowie empfohlene Impfungen. Je nach Wohnort bekommen Sie einen Behandlungsschein vom Sozialamt oder eine Gesundheitskarte."
                            },
                        ],
                    ),
                    ("heading", {"de": "Der Weg zur Ärztin oder zum Arzt"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Die elektronische Gesundheitskarte bekommen Sie von Ihrer Krankenkasse. Nehmen Sie sie zu jedem Arztbesuch mit. Meistens brauchen Sie vorher einen Termin. Rufen Sie dafür in der Praxis an oder buchen Sie online, wenn die Praxis das anbietet."
                            },
                            {
                                "de": "Ihre erste Ansprechperson ist meistens die Hausärztin oder der Hausarzt. Dort werden Sie untersucht und, wenn nötig, an eine Fachärztin oder einen Facharzt überwiesen. Für Kinder gibt es Kinderärztinnen und Kinderärzte."
                            },
                            {
                                "de": "Viele Leistungen sind für Sie kostenlos. Für Medikamente, Hilfsmittel oder einen Aufenthalt im Krankenhaus zahlen Erwachsene oft eine kleine Zuzahlung. Kinder sind davon meistens befreit."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Vorsorge und Impfungen"},
                            "text": {
                                "de": "Die Krankenkasse bezahlt Vorsorgeuntersuchungen und empfohlene Impfungen. Für Kinder gibt es regelmäßige Früherkennungsuntersuchungen, die U-Untersuchungen. Bewahren Sie das gelbe Kinderuntersuchungsheft und Ihren Impfpass gut auf."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Was mache ich, wenn ich die Ärztin oder den Arzt nicht verstehe?"
                                },
                                "answer": {
                                    "de": "Sagen Sie das offen und bitten Sie um einfache Sprache. Sie können eine Person mitbringen, die übersetzt. In manchen Regionen gibt es Sprachmittlerpools, die auch bei Arztbesuchen helfen."
                                },
                            },
                            {
                                "question": {"de": "Muss ich beim Arzt etwas bezahlen?"},
                                "answer": {
                                    "de": "Mit Gesundheitskarte oder Behandlungsschein zahlen Sie für normale Behandlungen in der Regel nichts. Manche Zusatzleistungen müssen Sie selbst bezahlen. Die Praxis muss Sie vorher darüber informieren."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Hilfe bei der Arztsuche"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Patientenservice 116117: Arzttermine und Bereitschaftsdienst"
                                    },
                                    "url": PATIENTENSERVICE,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "notdienst-116117-und-notruf-112",
                "sample": True,
                "translate_first": True,
                "title": {"de": "Ärztlicher Notdienst 116117 und Notruf 112"},
                "intro": {
                    "de": "Nicht jede Krankheit ist ein Notfall. Hier lesen Sie, wann Sie die 116117 anrufen und wann die 112."
                },
                "body": [
                    ("heading", {"de": "Notruf 112: bei Lebensgefahr"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Die 112 ist der Notruf für Rettungsdienst und Feuerwehr. Rufen Sie die 112 an, wenn ein Mensch in Lebensgefahr ist, zum Beispiel bei Bewusstlosigkeit, starker Atemnot, starken Schmerzen in der Brust, starken Blutungen, schweren Unfällen oder bei einem Feuer."
                            },
                            {
                                "de": "Der Anruf ist kostenlos. Sie können die 112 von jedem Telefon und jedem Handy anrufen, auch ohne Guthaben. Die 112 gilt in allen Ländern der Europäischen Union. Die Polizei erreichen Sie unter der 110."
                            },
                            {
                                "de": "Bleiben Sie ruhig und beantworten Sie die Fragen: Wo ist der Notfall? Was ist passiert? Wie viele Menschen sind verletzt oder krank? Legen Sie nicht auf, bis die Leitstelle das Gespräch beendet."
                            },
                        ],
                    ),
                    ("heading", {"de": "116117: der ärztliche Bereitschaftsdienst"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Manchmal brauchen Sie eine Ärztin oder einen Arzt, wenn die Praxen geschlossen sind, zum Beispiel nachts, am Wochenende oder an Feiertagen, aber es ist kein lebensgefährlicher Notfall. Dann rufen Sie den ärztlichen Bereitschaftsdienst unter 116117 an."
                            },
                            {
                                "de": "Die 116117 ist kostenlos und gilt in ganz Deutschland. Am Telefon wird geklärt, welche Hilfe Sie brauchen. Sie bekommen zum Beispiel die Adresse einer Bereitschaftspraxis in Ihrer Nähe. In manchen Fällen kommt auch eine Ärztin oder ein Arzt zu Ihnen nach Hause."
                            },
                            {
                                "de": "Über die 116117 bekommen Sie außerdem Hilfe bei der Suche nach einem Arzttermin. Auch nachts und am Wochenende hat immer eine Apotheke in Ihrer Nähe Notdienst. Welche das ist, steht an jeder Apotheke."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Diese Nummern sollten Sie kennen"},
                            "text": {
                                "de": "112: Rettungsdienst und Feuerwehr bei Lebensgefahr. 110: Polizei. 116117: ärztlicher Bereitschaftsdienst, wenn die Praxen geschlossen sind. Alle drei Nummern sind kostenlos."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Kann ich direkt ins Krankenhaus gehen?"},
                                "answer": {
                                    "de": "Bei einem echten Notfall ja. Die Notaufnahme im Krankenhaus ist aber für schwere Fälle da. Bei leichteren Beschwerden warten Sie dort oft sehr lange. Rufen Sie im Zweifel zuerst die 116117 an."
                                },
                            },
                            {
                                "question": {"de": "Was mache ich, wenn ich kaum Deutsch spreche?"},
                                "answer": {
                                    "de": "Sagen Sie am Telefon zuerst Ihre Adresse und das Wort „Notfall“. Oft kann die Leitstelle auch Englisch. Üben Sie Ihre Adresse auf Deutsch, damit Sie sie im Notfall schnell sagen können."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Hilfe rund um die Uhr"},
                            "links": [
                                {
                                    "title": {"de": "116117: der Patientenservice"},
                                    "url": PATIENTENSERVICE,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "psychosoziale-beratung",
                "sample": True,
                "title": {"de": "Psychosoziale Beratung: Hilfe für die Seele"},
                "intro": {
                    "de": "Flucht, Krieg und Verlust können die Seele stark belasten. Es ist normal, darüber zu sprechen und Hilfe anzunehmen."
                },
                "body": [
                    ("heading", {"de": "Wenn die Seele leidet"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Viele Menschen, die neu nach Deutschland kommen, haben Schlimmes erlebt. Auch der Neuanfang in einem fremden Land ist anstrengend. Das kann krank machen."
                            },
                            {
                                "de": "Mögliche Zeichen sind zum Beispiel: Sie schlafen schlecht, haben Albträume, sind oft traurig, ängstlich oder gereizt, können sich nicht konzentrieren oder haben Kopf- und Bauchschmerzen ohne klare Ursache. Das sind häufige Reaktionen auf schwere Erlebnisse. Sie sind damit nicht allein."
                            },
                        ],
                    ),
                    ("heading", {"de": "Wo finden Sie Hilfe?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Sprechen Sie mit Ihrer Hausärztin oder Ihrem Hausarzt. Dort bekommt man oft weitere Hilfe vermittelt, zum Beispiel bei einer Psychotherapeutin, einem Psychotherapeuten oder in einer Fachklinik. Psychotherapie wird unter bestimmten Voraussetzungen von der Krankenkasse bezahlt."
                            },
                            {
                                "de": "Psychosoziale Beratungsstellen und Psychosoziale Zentren für Geflüchtete bieten Gespräche und Unterstützung an, oft mit Sprachmittlerinnen und Sprachmittlern. Das Land Mecklenburg-Vorpommern setzt sich für den Ausbau der psychosozialen Beratung für Geflüchtete ein. Auch die Migrationsberatung hilft Ihnen, eine passende Stelle zu finden."
                            },
                            {
                                "de": "Es gibt auch Beratung am Telefon. Der Bundesverband der Angehörigen psychisch erkrankter Menschen (BApK) hat zum Beispiel das „SeeleFon für Flüchtlinge“ eingerichtet. Die Telefonseelsorge ist rund um die Uhr erreichbar, kostenlos und anonym."
                            },
                            {
                                "de": "Beratungsstellen, Ärztinnen, Ärzte, Psychotherapeutinnen und Psychotherapeuten haben eine Schweigepflicht. Was Sie erzählen, bleibt vertraulich und wird nicht ohne Ihre Zustimmung an Behörden weitergegeben."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "In einer akuten Krise"},
                            "text": {
                                "de": "Wenn Sie daran denken, sich selbst oder anderen etwas anzutun, holen Sie sofort Hilfe. Rufen Sie den Notruf 112 an oder gehen Sie in die Notaufnahme eines Krankenhauses. Dort hilft man Ihnen auch nachts und am Wochenende."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Muss ich für die Beratung bezahlen?"},
                                "answer": {
                                    "de": "Psychosoziale Beratung ist in der Regel kostenlos. Eine Psychotherapie bezahlt unter bestimmten Voraussetzungen die Krankenkasse oder das Sozialamt."
                                },
                            },
                            {
                                "question": {
                                    "de": "Gibt es auch Hilfe für Kinder und Jugendliche?"
                                },
                                "answer": {
                                    "de": "Ja. Auch Kinder und Jugendliche können stark belastet sein. Sprechen Sie mit der Kinderärztin oder dem Kinderarzt, mit der Schule oder mit einer Erziehungsberatungsstelle."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Weitere Hilfe"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Ärztliche Hilfe außerhalb der Sprechzeiten: 116117"
                                    },
                                    "url": PATIENTENSERVICE,
                                },
                                {
                                    "title": {
                                        "de": "Integration und Beratung in Mecklenburg-Vorpommern"
                                    },
                                    "url": SOZIAL_MV,
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "wohnen",
        "from_seeds": False,
        "title": {"de": "Wohnen"},
        "intro": {
            "de": "Eine eigene Wohnung ist ein wichtiger Schritt beim Ankommen. Hier finden Sie Tipps zur Wohnungssuche, zum Mietvertrag und zum Zusammenleben im Haus."
        },
        "articles": [
            {
                "slug": "wohnung-finden",
                "sample": True,
                "title": {"de": "Eine Wohnung finden"},
                "intro": {
                    "de": "Hier erfahren Sie, was Sie vor der Wohnungssuche klären müssen, wo Sie Angebote finden und wie Sie sich vor Betrug schützen."
                },
                "body": [
                    ("heading", {"de": "Vor der Suche: Was müssen Sie klären?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Wenn Sie Leistungen vom Jobcenter oder vom Sozialamt bekommen, sprechen Sie vor der Unterschrift unter einen Mietvertrag mit dem Amt. Es übernimmt die Miete nur, wenn sie angemessen ist. Lassen Sie sich die Übernahme der Kosten vorher schriftlich bestätigen."
                            },
                            {
                                "de": "Prüfen Sie auch, ob Sie umziehen dürfen. Für manche Menschen gilt eine Wohnsitzauflage oder eine Wohnsitzregelung. Dann dürfen Sie nur in einem bestimmten Landkreis oder Ort wohnen. Die Ausländerbehörde gibt Ihnen Auskunft."
                            },
                            {
                                "de": "Für Sozialwohnungen brauchen Sie einen Wohnberechtigungsschein, kurz WBS. Das ist eine Bescheinigung, dass Ihr Einkommen unter einer bestimmten Grenze liegt. Sie beantragen den WBS bei Ihrer Stadt oder Gemeinde."
                            },
                        ],
                    ),
                    ("heading", {"de": "Wo finden Sie Angebote?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Wohnungen finden Sie im Internet auf Wohnungsportalen, in Zeitungen und über Aushänge. In vielen Orten in Mecklenburg-Vorpommern gibt es kommunale Wohnungsgesellschaften und Wohnungsgenossenschaften. Sprechen Sie diese direkt an. In ländlichen Regionen ist es oft leichter, eine Wohnung zu finden, als in den großen Städten."
                            },
                            {
                                "de": "Vermieterinnen und Vermieter fragen oft nach Unterlagen: Ausweis oder Aufenthaltsdokument, Nachweise über Ihr Einkommen, eine Bestätigung des früheren Vermieters, dass Sie keine Mietschulden haben, und manchmal eine Schufa-Auskunft. Eine Kopie der über Sie gespeicherten Daten bei der Schufa können Sie kostenlos anfordern."
                            },
                            {
                                "de": "Nach dem Einzug müssen Sie sich innerhalb von zwei Wochen beim Bürgeramt oder Einwohnermeldeamt anmelden. Dafür brauchen Sie eine Wohnungsgeberbestätigung von Ihrem Vermieter."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Vorsicht vor Betrug"},
                            "text": {
                                "de": "Zahlen Sie nie Geld, bevor Sie die Wohnung gesehen und einen Mietvertrag unterschrieben haben. Schicken Sie keine Kopien Ihrer Ausweise an unbekannte Personen im Internet. Seriöse Vermieter verlangen keine Vorauszahlung über Bargeld-Transferdienste."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Darf mich ein Vermieter wegen meiner Herkunft ablehnen?"
                                },
                                "answer": {
                                    "de": "Nein. Eine Benachteiligung wegen der Herkunft oder der Hautfarbe ist nach dem Allgemeinen Gleichbehandlungsgesetz verboten. Wenn Ihnen das passiert, holen Sie sich Hilfe bei einer Antidiskriminierungsberatung oder bei der Migrationsberatung."
                                },
                            },
                            {
                                "question": {"de": "Wer hilft mir bei der Wohnungssuche?"},
                                "answer": {
                                    "de": "Fragen Sie bei der Migrationsberatung, beim Jugendmigrationsdienst oder bei Ehrenamtlichen in Ihrem Ort. Manche Gemeinden haben auch eigene Ansprechpersonen für Wohnungssuchende."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Beratung in Ihrer Nähe"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Integration in Mecklenburg-Vorpommern: Angebote des Landes"
                                    },
                                    "url": SOZIAL_MV,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "mietvertrag-und-nebenkosten",
                "sample": True,
                "title": {"de": "Mietvertrag und Nebenkosten"},
                "intro": {
                    "de": "Der Mietvertrag regelt Ihre Rechte und Pflichten als Mieterin oder Mieter. Lesen Sie ihn genau, bevor Sie unterschreiben."
                },
                "body": [
                    ("heading", {"de": "Was steht im Mietvertrag?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Im Mietvertrag stehen zum Beispiel die Namen von Vermieter und Mieter, die Größe der Wohnung, die Höhe der Miete, die Kaution und die Kündigungsfrist. Unterschreiben Sie nur, was Sie verstanden haben. Lassen Sie sich den Vertrag bei Bedarf erklären."
                            },
                            {
                                "de": "Die Miete besteht meistens aus zwei Teilen: der Kaltmiete für die Wohnung selbst und den Nebenkosten. Zusammen mit den Heizkosten ergibt das die Warmmiete. Strom ist meistens nicht enthalten. Dafür schließen Sie einen eigenen Vertrag mit einem Stromanbieter ab."
                            },
                            {
                                "de": "Nebenkosten sind zum Beispiel Kosten für Wasser, Abwasser, Müllabfuhr, Hausreinigung und Grundsteuer. Sie zahlen jeden Monat einen Abschlag. Einmal im Jahr bekommen Sie eine Abrechnung. Dann müssen Sie entweder etwas nachzahlen oder Sie bekommen Geld zurück."
                            },
                            {
                                "de": "Die Kaution ist eine Sicherheit für den Vermieter. Sie darf höchstens drei Monatsmieten ohne Nebenkosten betragen. Sie dürfen die Kaution in drei Raten zahlen. Wenn Sie ausziehen und alles in Ordnung ist, bekommen Sie die Kaution zurück."
                            },
                        ],
                    ),
                    ("heading", {"de": "Einzug und Auszug"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Beim Einzug schreiben Sie zusammen mit dem Vermieter ein Übergabeprotokoll. Darin stehen Schäden, die schon vorhanden sind, und die Zählerstände für Strom, Wasser und Heizung. Machen Sie zusätzlich Fotos."
                            },
                            {
                                "de": "Wenn Sie ausziehen möchten, müssen Sie schriftlich kündigen. Für Mieterinnen und Mieter beträgt die Kündigungsfrist in der Regel drei Monate."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Rundfunkbeitrag und Haftpflichtversicherung"},
                            "text": {
                                "de": "Für jede Wohnung muss ein Rundfunkbeitrag gezahlt werden. Wer bestimmte Sozialleistungen bekommt, kann sich auf Antrag davon befreien lassen. Eine private Haftpflichtversicherung ist freiwillig, aber sehr zu empfehlen. Sie zahlt, wenn Sie aus Versehen einen Schaden bei anderen verursachen."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Was mache ich, wenn die Heizung kaputt ist?"},
                                "answer": {
                                    "de": "Melden Sie Schäden sofort dem Vermieter oder der Hausverwaltung, am besten schriftlich. Der Vermieter muss notwendige Reparaturen bezahlen, wenn Sie den Schaden nicht selbst verursacht haben."
                                },
                            },
                            {
                                "question": {"de": "Wer hilft bei Streit mit dem Vermieter?"},
                                "answer": {
                                    "de": "Mietervereine beraten ihre Mitglieder zu allen Fragen rund um die Miete. Auch die Migrationsberatung kann Ihnen weiterhelfen oder Sie an die richtige Stelle vermitteln."
                                },
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "hausordnung-und-muelltrennung",
                "sample": True,
                "title": {"de": "Hausordnung und Mülltrennung"},
                "intro": {
                    "de": "In einem Mehrfamilienhaus leben viele Menschen zusammen. Die Hausordnung und die Mülltrennung helfen, dass alle gut miteinander auskommen."
                },
                "body": [
                    ("heading", {"de": "Die Hausordnung"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Viele Häuser haben eine Hausordnung. Sie ist oft Teil des Mietvertrags. Darin steht zum Beispiel, wann Ruhezeiten sind, wer das Treppenhaus reinigt und wo Fahrräder und Kinderwagen stehen dürfen."
                            },
                            {
                                "de": "Nachts, meist von 22 bis 6 Uhr, sollen alle leise sein. Das gilt oft auch am Sonntag und an Feiertagen. Sprechen Sie vorher mit Ihren Nachbarn, wenn Sie eine Feier planen."
                            },
                            {
                                "de": "Lüften Sie Ihre Wohnung mehrmals am Tag für einige Minuten mit weit geöffneten Fenstern. So vermeiden Sie Schimmel. Heizen Sie auch im Winter alle Räume ausreichend, selbst wenn Sie Energie sparen möchten."
                            },
                        ],
                    ),
                    ("heading", {"de": "Müll richtig trennen"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "In Deutschland wird Müll getrennt. Die Farben der Tonnen können je nach Ort verschieden sein. Häufig gilt: In die Biotonne kommen Essensreste und Gartenabfälle. In die Papiertonne kommen Papier, Zeitungen und Kartons. Verpackungen aus Plastik und Metall kommen in die Gelbe Tonne oder den Gelben Sack. Alles andere kommt in die Restmülltonne."
                            },
                            {
                                "de": "Glas bringen Sie zu Glascontainern und trennen es nach Farben: weiß, braun und grün. Für viele Flaschen und Dosen bezahlen Sie beim Kauf Pfand. Dieses Geld bekommen Sie zurück, wenn Sie die Flaschen und Dosen in ein Geschäft zurückbringen."
                            },
                            {
                                "de": "Große Dinge wie Möbel sind Sperrmüll. Batterien, Elektrogeräte, Farben und Chemikalien gehören nicht in den normalen Müll. Ihr Landkreis oder Ihre Stadt sagt Ihnen, wo Sie diese Dinge abgeben können."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Der Abfallkalender"},
                            "text": {
                                "de": "Die Termine für die Müllabfuhr stehen im Abfallkalender. Viele Landkreise und Städte bieten ihn auf Papier, im Internet oder als App an, manche auch mit Informationen in mehreren Sprachen."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Was passiert, wenn ich den Müll falsch trenne?"
                                },
                                "answer": {
                                    "de": "Falsch befüllte Tonnen werden manchmal nicht geleert. Dann entstehen Kosten für alle im Haus. Fragen Sie im Zweifel Ihre Nachbarn oder die Hausverwaltung."
                                },
                            },
                            {
                                "question": {"de": "Muss ich das Treppenhaus putzen?"},
                                "answer": {
                                    "de": "Das steht in der Hausordnung oder im Mietvertrag. In manchen Häusern wechseln sich die Mieterinnen und Mieter ab. In anderen macht das eine Firma, und die Kosten sind Teil der Nebenkosten."
                                },
                            },
                        ],
                    ),
                ],
            },
        ],
    },
    {
        "slug": "kinder-familie-schule",
        "from_seeds": False,
        "title": {"de": "Kinder, Familie & Schule"},
        "intro": {
            "de": "Hier erfahren Sie, wie Kinder in Kita und Schule gut ankommen und welche Unterstützung es für Familien gibt."
        },
        "articles": [
            {
                "slug": "kita-und-kindertagespflege",
                "sample": True,
                "title": {"de": "Kita und Kindertagespflege"},
                "intro": {
                    "de": "In der Kita spielen und lernen Kinder gemeinsam und lernen dabei schnell Deutsch. Hier erfahren Sie, wie Sie einen Platz bekommen."
                },
                "body": [
                    ("heading", {"de": "Betreuung für Kinder vor der Schule"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "In Deutschland gibt es verschiedene Angebote für Kinder: Die Krippe ist für Kinder unter drei Jahren. Der Kindergarten ist für Kinder ab drei Jahren bis zum Schulbeginn. Der Hort betreut Schulkinder nach dem Unterricht. Oft sind diese Angebote zusammen in einer Kindertagesstätte, kurz Kita."
                            },
                            {
                                "de": "Eine andere Möglichkeit ist die Kindertagespflege. Dort betreut eine Tagesmutter oder ein Tagesvater eine kleine Gruppe von Kindern."
                            },
                            {
                                "de": "Ab dem ersten Geburtstag hat jedes Kind in Deutschland einen Rechtsanspruch auf einen Betreuungsplatz. In Mecklenburg-Vorpommern zahlen Eltern derzeit keine Elternbeiträge für die Betreuung in Krippe, Kindergarten, Hort und Kindertagespflege. Für das Essen können Kosten entstehen."
                            },
                        ],
                    ),
                    ("heading", {"de": "So bekommen Sie einen Platz"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Suchen Sie früh nach einem Platz, am besten mehrere Monate vorher. Melden Sie sich direkt bei den Kitas in Ihrer Nähe. Das Jugendamt Ihres Landkreises oder Ihrer Stadt hilft, wenn Sie keinen Platz finden."
                            },
                            {
                                "de": "Vor der Aufnahme braucht Ihr Kind in der Regel eine ärztliche Bescheinigung und einen Nachweis über den Schutz gegen Masern. Bringen Sie den Impfpass Ihres Kindes mit."
                            },
                            {
                                "de": "Die ersten Wochen in der Kita heißen Eingewöhnung. Ein Elternteil bleibt am Anfang mit in der Kita. So kann sich Ihr Kind langsam an die neue Umgebung und die Erzieherinnen und Erzieher gewöhnen."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Gut für die Sprache"},
                            "text": {
                                "de": "Kinder lernen in der Kita Deutsch ganz nebenbei beim Spielen. Sprechen Sie zu Hause trotzdem weiter Ihre Muttersprache mit Ihrem Kind. Zwei Sprachen sind ein großer Vorteil."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Kostet die Kita etwas?"},
                                "answer": {
                                    "de": "In Mecklenburg-Vorpommern ist die Betreuung derzeit frei von Elternbeiträgen. Für Mittagessen und Ausflüge können Kosten entstehen. Familien mit wenig Geld können dafür Unterstützung aus dem Bildungs- und Teilhabepaket bekommen."
                                },
                            },
                            {
                                "question": {
                                    "de": "Wie viele Stunden am Tag kann mein Kind betreut werden?"
                                },
                                "answer": {
                                    "de": "Das hängt vom Betreuungsumfang ab, zum Beispiel Teilzeit oder Ganztag. Fragen Sie bei der Kita oder beim Jugendamt, wie Sie den passenden Umfang beantragen."
                                },
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "schulpflicht-und-schule",
                "sample": True,
                "title": {"de": "Schulpflicht und Schule"},
                "intro": {
                    "de": "In Deutschland müssen alle Kinder zur Schule gehen. Der Besuch einer öffentlichen Schule ist kostenlos."
                },
                "body": [
                    ("heading", {"de": "Die Schulpflicht"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "In Deutschland gilt die Schulpflicht. Kinder kommen in der Regel mit etwa sechs Jahren in die Schule. Die Schulpflicht dauert viele Jahre. Nach der allgemeinbildenden Schule gilt für junge Menschen oft noch die Berufsschulpflicht."
                            },
                            {
                                "de": "Auch Kinder, die neu nach Deutschland kommen, sind schulpflichtig. Das gilt in der Regel auch für Kinder im Asylverfahren, sobald sie in einer Gemeinde wohnen. Melden Sie Ihr Kind möglichst schnell an. Die Schule oder das Staatliche Schulamt sagt Ihnen, welche Schule zuständig ist."
                            },
                            {
                                "de": "Kinder, die noch kein oder wenig Deutsch sprechen, bekommen Unterricht in Deutsch als Zweitsprache. Sie lernen zunächst intensiv Deutsch und nehmen nach und nach am normalen Unterricht teil."
                            },
                        ],
                    ),
                    ("heading", {"de": "Die Schule in Mecklenburg-Vorpommern"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Alle Kinder besuchen zuerst die Grundschule. Sie dauert in Mecklenburg-Vorpommern vier Jahre. In den Klassen 5 und 6 lernen die Kinder meistens gemeinsam in der Orientierungsstufe. Danach gehen sie zum Beispiel auf eine Regionale Schule, eine Gesamtschule oder ein Gymnasium. Am Gymnasium können sie das Abitur machen."
                            },
                            {
                                "de": "Sport, Schwimmen und Klassenfahrten gehören zum Unterricht. Alle Kinder nehmen daran teil, Mädchen und Jungen. Wenn Sie Fragen dazu haben, sprechen Sie mit der Lehrkraft."
                            },
                            {
                                "de": "Eltern sind in Deutschland Partner der Schule. Es gibt Elternabende und Elternsprechtage. Dort erfahren Sie, wie es Ihrem Kind in der Schule geht. Sie können eine Person zum Übersetzen mitbringen."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Das Bildungs- und Teilhabepaket"},
                            "text": {
                                "de": "Familien mit wenig Geld bekommen Unterstützung für Schulbedarf, Ausflüge, Klassenfahrten, Mittagessen und manchmal Nachhilfe. Den Antrag stellen Sie beim Jobcenter oder bei der Stelle, die Ihre Leistungen zahlt."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Was mache ich, wenn mein Kind krank ist?"},
                                "answer": {
                                    "de": "Ihr Kind bleibt zu Hause. Informieren Sie die Schule am selben Morgen, bevor der Unterricht beginnt. Oft braucht die Schule danach eine schriftliche Entschuldigung."
                                },
                            },
                            {
                                "question": {
                                    "de": "Darf mein Kind außerhalb der Ferien verreisen?"
                                },
                                "answer": {
                                    "de": "Außerhalb der Schulferien muss Ihr Kind zur Schule gehen. Eine Befreiung gibt es nur in Ausnahmefällen und nur mit Genehmigung der Schule. Unentschuldigtes Fehlen kann ein Bußgeld zur Folge haben."
                                },
                            },
                        ],
                    ),
                ],
            },
            {
                "slug": "kindergeld-und-elterngeld",
                "sample": True,
                "title": {"de": "Kindergeld und Elterngeld"},
                "intro": {
                    "de": "Der Staat unterstützt Familien mit Kindern mit Geld. Ob Sie Kindergeld oder Elterngeld bekommen, hängt auch von Ihrem Aufenthaltsstatus ab."
                },
                "body": [
                    ("heading", {"de": "Kindergeld"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Kindergeld ist eine monatliche Zahlung für Kinder. Sie bekommen es in der Regel für jedes Kind bis zum 18. Geburtstag. Für Kinder in Ausbildung oder Studium wird es oft länger gezahlt, höchstens bis zum 25. Geburtstag. Die Höhe wird regelmäßig angepasst."
                            },
                            {
                                "de": "Zuständig ist die Familienkasse der Bundesagentur für Arbeit. Sie stellen den Antrag schriftlich oder online. Sie brauchen dafür die Steuer-Identifikationsnummer von sich und von Ihrem Kind. Stellen Sie den Antrag bald, denn rückwirkend wird Kindergeld nur für eine begrenzte Zeit gezahlt."
                            },
                            {
                                "de": "Ob Sie als Person aus dem Ausland Kindergeld bekommen, hängt von Ihrem Aufenthaltsstatus ab. Bürgerinnen und Bürger der EU haben in der Regel Anspruch, ebenso Menschen mit einer Niederlassungserlaubnis und mit vielen Aufenthaltserlaubnissen. Mit einer Aufenthaltsgestattung oder einer Duldung gibt es meistens kein Kindergeld."
                            },
                        ],
                    ),
                    ("heading", {"de": "Elterngeld"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Elterngeld bekommen Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen und deshalb weniger oder gar nicht arbeiten. Die Höhe hängt von Ihrem Einkommen vor der Geburt ab. Auch Eltern ohne Einkommen bekommen einen Mindestbetrag, wenn sie die übrigen Voraussetzungen erfüllen."
                            },
                            {
                                "de": "Es gibt verschiedene Formen, zum Beispiel Basiselterngeld und ElterngeldPlus. Eltern können die Monate untereinander aufteilen. Den Antrag stellen Sie bei der Elterngeldstelle. Stellen Sie ihn in den ersten drei Monaten nach der Geburt, denn rückwirkend wird Elterngeld nur für drei Monate gezahlt."
                            },
                            {
                                "de": "Wenn Sie Leistungen vom Jobcenter bekommen, wird Kindergeld als Einkommen angerechnet. Beim Elterngeld gibt es dazu besondere Regeln. Fragen Sie nach, damit Ihnen keine Nachteile entstehen."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Weitere Hilfen für Familien"},
                            "text": {
                                "de": "Familien mit kleinem Einkommen können zusätzlich den Kinderzuschlag bekommen. Auch Wohngeld kann helfen. Die Migrationsberatung prüft mit Ihnen, welche Leistungen für Sie infrage kommen."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Bekomme ich Kindergeld, wenn mein Kind im Ausland lebt?"
                                },
                                "answer": {
                                    "de": "Das ist nur in bestimmten Fällen möglich, zum Beispiel wenn das Kind in einem Land der Europäischen Union lebt. Lassen Sie sich von der Familienkasse beraten."
                                },
                            },
                            {
                                "question": {"de": "Wer hilft mir beim Ausfüllen der Anträge?"},
                                "answer": {
                                    "de": "Die Formulare sind oft schwierig. Die Migrationsberatung, der Jugendmigrationsdienst und viele Familienberatungsstellen helfen Ihnen beim Ausfüllen. Für manche Formulare gibt es Ausfüllhinweise auch in anderen Sprachen."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Familienleistungen"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Kindergeld und Kinderzuschlag bei der Familienkasse"
                                    },
                                    "url": ARBEITSAGENTUR,
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "beratung-hilfe",
        "from_seeds": False,
        "title": {"de": "Beratung & Hilfe"},
        "intro": {
            "de": "Sie müssen nicht alles allein schaffen. Hier finden Sie Beratungsstellen, Hilfe in Notlagen und Unterstützung beim Übersetzen."
        },
        "articles": [
            {
                "slug": "migrationsberatung-mbe-und-jmd",
                "sample": True,
                "title": {"de": "Migrationsberatung: MBE und Jugendmigrationsdienst"},
                "intro": {
                    "de": "Die Migrationsberatung hilft Ihnen kostenlos bei Fragen rund um das Ankommen in Deutschland. Es gibt Angebote für Erwachsene und für junge Menschen."
                },
                "body": [
                    ("heading", {"de": "Zwei Beratungsangebote"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Die Migrationsberatung für erwachsene Zuwanderer, kurz MBE, ist für Menschen ab 27 Jahren. Sie wird vom Bund gefördert. Träger sind zum Beispiel Wohlfahrtsverbände wie die Arbeiterwohlfahrt, die Caritas, die Diakonie, das Deutsche Rote Kreuz und der Paritätische."
                            },
                            {
                                "de": "Die Jugendmigrationsdienste, kurz JMD, beraten junge Menschen mit Migrationsgeschichte im Alter von 12 bis 27 Jahren. Sie helfen besonders beim Übergang von der Schule in Ausbildung und Beruf. Oft gibt es dort auch Gruppenangebote und Freizeitaktivitäten."
                            },
                            {
                                "de": "Die Beraterinnen und Berater helfen Ihnen zum Beispiel bei Fragen zum Aufenthalt, zum Sprachkurs, zu Arbeit und Ausbildung, zur Wohnung, zur Gesundheit und zur Familie. Sie erklären Briefe von Behörden und helfen bei Anträgen. Gemeinsam mit Ihnen machen sie einen Plan für die nächsten Schritte."
                            },
                        ],
                    ),
                    ("heading", {"de": "So funktioniert die Beratung"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Die Beratung ist kostenlos und vertraulich. Die Beratungsstellen sind keine Behörden. Oft beraten sie auch in anderen Sprachen oder holen eine Sprachmittlung dazu."
                            },
                            {
                                "de": "Wenn Sie noch im Asylverfahren sind, gibt es außerdem Asylverfahrensberatung und Flüchtlingsberatungsstellen. Auch die Integrationsbeauftragten der Landkreise und kreisfreien Städte sind Ansprechpartner für Zugewanderte."
                            },
                            {
                                "de": "In Mecklenburg-Vorpommern gibt es Beratungsstellen in allen Landkreisen und kreisfreien Städten. Die Adressen finden Sie auf der Karte in diesem Portal."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Unterlagen mitbringen"},
                            "text": {
                                "de": "Nehmen Sie zur Beratung Ihre Dokumente und alle Briefe mit, um die es geht. Dann kann man Ihnen schneller helfen. Vereinbaren Sie am besten vorher einen Termin."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Muss ich für die Beratung bezahlen?"},
                                "answer": {
                                    "de": "Nein. Die Beratung der MBE und der Jugendmigrationsdienste ist kostenlos."
                                },
                            },
                            {
                                "question": {"de": "Kann ich mich auch online beraten lassen?"},
                                "answer": {
                                    "de": "Ja. Die Migrationsberatung bietet auch eine Beratung im Internet an. Dort können Sie in mehreren Sprachen schreiben."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Beratung finden"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Migrationsberatung beim Bundesamt für Migration und Flüchtlinge"
                                    },
                                    "url": BAMF,
                                },
                                {
                                    "title": {
                                        "de": "Integration und Migration in Mecklenburg-Vorpommern"
                                    },
                                    "url": SOZIAL_MV,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "hilfe-bei-gewalt",
                "sample": True,
                "translate_first": True,
                "title": {"de": "Hilfe bei Gewalt"},
                "intro": {
                    "de": "Niemand muss Gewalt ertragen. In Deutschland ist Gewalt verboten, auch in der Familie und in der Ehe. Es gibt Hilfe, kostenlos und vertraulich."
                },
                "body": [
                    ("heading", {"de": "Sie sind nicht allein"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Gewalt hat viele Formen: Schläge, Drohungen, Einsperren, sexuelle Gewalt, Zwangsheirat oder ständige Kontrolle. Gewalt ist in Deutschland verboten, egal, wer sie ausübt. Das gilt auch in der Ehe und in der Familie. Auch Kinder dürfen nicht geschlagen werden."
                            },
                            {
                                "de": "Das Hilfetelefon „Gewalt gegen Frauen“ erreichen Sie unter 116 016. Es ist rund um die Uhr erreichbar, kostenlos und anonym. Die Beratung ist in vielen Sprachen möglich. Auch Angehörige, Freundinnen und Freunde und Fachkräfte können dort anrufen."
                            },
                            {
                                "de": "In akuter Gefahr rufen Sie sofort die Polizei unter 110. Die Polizei kann die gewalttätige Person aus der Wohnung weisen und ihr verbieten, für einige Zeit zurückzukommen. Beim Gericht können Sie außerdem Schutzanordnungen beantragen."
                            },
                        ],
                    ),
                    ("heading", {"de": "Schutz und Beratung"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Frauenhäuser bieten Frauen und ihren Kindern eine sichere Unterkunft. Die Adresse ist geheim. In Mecklenburg-Vorpommern gibt es außerdem Beratungsstellen und Interventionsstellen gegen häusliche Gewalt. Sie beraten Sie zu Ihren Rechten und zu den nächsten Schritten."
                            },
                            {
                                "de": "Auch in Flüchtlingsunterkünften haben Sie ein Recht auf Schutz. Für die Unterkünfte in Mecklenburg-Vorpommern gibt es Gewaltschutzkonzepte. Sprechen Sie mit der Sozialarbeit oder der Leitung der Unterkunft, wenn Sie sich bedroht fühlen."
                            },
                            {
                                "de": "Viele Menschen haben Angst, dass eine Trennung ihrem Aufenthalt schadet. Für Opfer von Gewalt gibt es besondere Regeln, die helfen können. Lassen Sie sich dazu beraten, bevor Sie eine Entscheidung treffen. Mehrsprachige Informationen gegen häusliche Gewalt gibt es auch als Flyer."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Hilfetelefon „Gewalt gegen Frauen“: 116 016"},
                            "text": {
                                "de": "Kostenlos, anonym, rund um die Uhr und in vielen Sprachen. Im Notfall rufen Sie die Polizei unter 110."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {"de": "Was passiert, wenn ich die Polizei rufe?"},
                                "answer": {
                                    "de": "Die Polizei kommt, schützt Sie und nimmt auf, was passiert ist. Sie kann die gewalttätige Person für einige Tage aus der Wohnung weisen. Sie bekommen außerdem Informationen über Beratungsstellen."
                                },
                            },
                            {
                                "question": {"de": "Gibt es auch Hilfe für Männer?"},
                                "answer": {
                                    "de": "Ja. Auch Männer können von Gewalt betroffen sein. Beratungsstellen und die Migrationsberatung helfen Ihnen, eine passende Unterstützung zu finden."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Sofort Hilfe finden"},
                            "links": [
                                {
                                    "title": {"de": "Hilfetelefon „Gewalt gegen Frauen“"},
                                    "url": HILFETELEFON,
                                },
                            ],
                        },
                    ),
                ],
            },
            {
                "slug": "sprachmittlung",
                "sample": True,
                "title": {"de": "Sprachmittlung: Hilfe beim Verstehen"},
                "intro": {
                    "de": "Bei wichtigen Gesprächen ist es gut, wenn jemand übersetzt. Sprachmittlerinnen und Sprachmittler helfen, dass Sie und Ihr Gegenüber sich richtig verstehen."
                },
                "body": [
                    ("heading", {"de": "Was machen Sprachmittler?"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "Sprachmittlerinnen und Sprachmittler übersetzen mündlich bei Gesprächen, zum Beispiel bei Behörden, in Schulen und Kitas, bei Beratungen oder bei Arztbesuchen. Sie erklären auch kulturelle Unterschiede, wenn es Missverständnisse gibt."
                            },
                            {
                                "de": "Dolmetscherinnen und Dolmetscher haben eine besondere Ausbildung. Vor Gericht und bei manchen Behörden werden beeidigte Dolmetscher eingesetzt. Für Urkunden und Zeugnisse brauchen Sie oft schriftliche Übersetzungen von öffentlich bestellten oder beeidigten Übersetzern."
                            },
                            {
                                "de": "Sprachmittlerinnen und Sprachmittler müssen neutral sein und dürfen nichts weitererzählen. Sie übersetzen genau, was gesagt wird, und sagen keine eigene Meinung dazu."
                            },
                        ],
                    ),
                    ("heading", {"de": "Sprachmittlerpools in Mecklenburg-Vorpommern"}),
                    (
                        "paragraphs",
                        [
                            {
                                "de": "In Mecklenburg-Vorpommern gibt es Sprachmittlerpools. Das sind Netzwerke von geschulten Sprachmittlerinnen und Sprachmittlern. Das Land setzt sich dafür ein, solche Pools im ganzen Land aufzubauen. Beratungsstellen, Schulen, Kitas und Ämter können dort Unterstützung anfragen."
                            },
                            {
                                "de": "Wer die Kosten übernimmt, ist unterschiedlich. Bei der Anhörung im Asylverfahren stellt das BAMF eine Dolmetscherin oder einen Dolmetscher. In anderen Fällen fragen Sie am besten vorher, wer eine Sprachmittlung organisiert und bezahlt."
                            },
                            {
                                "de": "Lassen Sie möglichst nicht Ihre Kinder für Sie übersetzen, besonders nicht bei schwierigen Themen wie Krankheit, Geld oder Aufenthalt. Das ist für Kinder eine große Belastung."
                            },
                        ],
                    ),
                    (
                        "info_box",
                        {
                            "title": {"de": "Tipp: Früh Bescheid sagen"},
                            "text": {
                                "de": "Sagen Sie schon bei der Terminvereinbarung, dass Sie eine Sprachmittlung brauchen und welche Sprache Sie sprechen. Dann bleibt genug Zeit, jemanden zu finden."
                            },
                        },
                    ),
                    (
                        "questions",
                        [
                            {
                                "question": {
                                    "de": "Darf ich eine Vertrauensperson zum Übersetzen mitbringen?"
                                },
                                "answer": {
                                    "de": "Bei vielen Terminen ist das möglich. Die Person sollte gut Deutsch und Ihre Sprache sprechen. Bei wichtigen Terminen ist eine geschulte Sprachmittlung aber besser."
                                },
                            },
                            {
                                "question": {
                                    "de": "Was mache ich, wenn ich die Übersetzung nicht verstehe?"
                                },
                                "answer": {
                                    "de": "Sagen Sie es sofort und bitten Sie darum, die Frage noch einmal anders zu stellen. Unterschreiben Sie nichts, was Sie nicht verstanden haben."
                                },
                            },
                        ],
                    ),
                    (
                        "links",
                        {
                            "title": {"de": "Mehr zur Integration im Land"},
                            "links": [
                                {
                                    "title": {
                                        "de": "Ministerium für Soziales, Integration und Gleichstellung Mecklenburg-Vorpommern"
                                    },
                                    "url": SOZIAL_MV,
                                },
                            ],
                        },
                    ),
                ],
            },
        ],
    },
]

DISTRICTS = [
    {
        "slug": "ludwigslust-parchim",
        "name": "Landkreis Ludwigslust-Parchim",
        "short_name": "Ludwigslust-Parchim",
        "seat": "Parchim",
        "from_seeds": True,
        "intro": {
            "de": "Im Landkreis Ludwigslust-Parchim leben zurzeit rund 12.000 ausländische Staatsangehörige. Vorwiegend kommen diese aus anderen EU-Ländern, zum Teil sind sie aus ihrer Heimat geflüchtet."
        },
        "body": [
            ("heading", {"de": "Migration und Integration im Landkreis"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Integration ist ein langfristiger Prozess. Sein Ziel ist es, alle Menschen, die dauerhaft und rechtmäßig in Deutschland leben, in die Gesellschaft einzubeziehen. Zugewanderten soll eine umfassende und gleichberechtigte Teilhabe in allen gesellschaftlichen Bereichen ermöglicht werden. Sie stehen dafür in der Pflicht, Deutsch zu lernen sowie die Verfassung und die Gesetze zu kennen, zu respektieren und zu befolgen."
                    },
                    {
                        "de": "Im Büro für Chancengleichheit des Landkreises gibt es Beratung von Ausländerinnen und Ausländern, Bürgerinnen und Bürgern, Ämtern, Institutionen, Verwaltungen und Kreistag mit dem Ziel der Integration von Ausländerinnen, Ausländern, Aussiedlerinnen und Aussiedlern. Das Büro nimmt außerdem die Aufgaben einer Ombudsfrau wahr, also einer Beratungs- und Vermittlungseinrichtung bei ausländer- und asylrechtlichen Entscheidungen und Stellungnahmen."
                    },
                    {
                        "de": "Zu den weiteren Aufgaben gehören die Presse- und Öffentlichkeitsarbeit, die Erarbeitung von Konzepten, Projekten und Initiativen zur Verbesserung der Integration und der Lebenssituation ausländischer Personen, Vermittlungs- und Aufklärungsaufgaben, zum Beispiel gegenüber Behörden, Schulen, sonstigen Bildungsträgern sowie Dolmetscherinnen und Dolmetschern, und die Zusammenarbeit mit Vereinen, Verbänden, Institutionen, Heimbetrieben sowie Sozialarbeiterinnen und Sozialarbeitern."
                    },
                    {
                        "de": "Der Landkreis gehörte zu den sechs Landkreisen der ersten Pilotphase des Förderprogramms „Land.Zuhause.Zukunft – Integration und Teilhabe von Neuzuwanderern in ländlichen Räumen“ der Robert Bosch Stiftung, die bis Februar 2019 lief. Ziel des Programms ist es, zukunftsfähige Modelle zu entwickeln, die die Integration und Teilhabe von Neuzugewanderten ermöglichen und sie langfristig an die Region binden."
                    },
                ],
            ),
            ("heading", {"de": "Koordinierung der Sprachkurse"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Am 11. September 2017 fand im Kreistagssaal in Ludwigslust die dritte Koordinierungsrunde der Sprach- und Integrationskursträger statt. Neben der üblichen Absprache der Termine für zukünftige Kurse unterschrieben acht im Landkreis tätige Bildungsträger sowie Vertreter der Agentur für Arbeit, des Jobcenters und des Bundesamtes für Migration und Flüchtlinge eine gemeinsame Kooperationsvereinbarung mit dem Landkreis. Sie soll zu mehr Verbindlichkeit in der Abstimmung der Kurse führen."
                    },
                ],
            ),
            ("heading", {"de": "Mehrsprachige Informationen zum Herunterladen"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Der Landkreis stellt unter anderem diese mehrsprachigen Informationen bereit:"
                    },
                    {
                        "de": "Ausfüllhinweise und Merkblätter zum Arbeitslosengeld II, mehrsprachig."
                    },
                    {"de": "Broschüren und Flyer für das tägliche Leben, mehrsprachig."},
                    {
                        "de": "Schwerbehindertenrecht, Elterngeld, Opferentschädigung: Informationen für Flüchtlinge und Helferinnen und Helfer."
                    },
                    {
                        "de": "„SeeleFon für Flüchtlinge“ des Bundesverbandes der Angehörigen psychisch erkrankter Menschen (BApK) e. V."
                    },
                    {"de": "Flyer „Gegen häusliche Gewalt“, mehrsprachig."},
                    {
                        "de": "Wichtige Informationen für die Durchführung des Asylverfahrens, mehrsprachig."
                    },
                ],
            ),
            (
                "links",
                {
                    "title": {"de": "Weitere Informationen"},
                    "links": [
                        {
                            "title": {
                                "de": "Förderprogramm Land.Zuhause.Zukunft der Robert Bosch Stiftung"
                            },
                            "url": BOSCH_LZZ,
                        },
                        {
                            "title": {
                                "de": "Zuwanderung und Integration in Mecklenburg-Vorpommern"
                            },
                            "url": SOZIAL_MV,
                        },
                    ],
                },
            ),
        ],
    },
    {
        "slug": "mecklenburgische-seenplatte",
        "name": "Landkreis Mecklenburgische Seenplatte",
        "short_name": "Mecklenburgische Seenplatte",
        "seat": "Neubrandenburg",
        "from_seeds": False,
        "intro": {
            "de": "Der Landkreis Mecklenburgische Seenplatte ist der flächengrößte Landkreis Deutschlands. Kreisstadt ist Neubrandenburg."
        },
        "body": [
            ("heading", {"de": "Ankommen an der Seenplatte"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Die Region ist geprägt von Seen, Wäldern, kleinen Städten und Dörfern. Hier liegt auch die Müritz, der größte See, der ganz in Deutschland liegt. Die Wege zwischen den Orten können weit sein. Planen Sie für Termine bei Ämtern genug Zeit ein und informieren Sie sich über Bus- und Bahnverbindungen."
                    },
                    {
                        "de": "Die Kreisverwaltung hat ihren Sitz in Neubrandenburg. Dort finden Sie die Ausländerbehörde und Ansprechpersonen für Integration. Das Jobcenter und die Agentur für Arbeit sind in mehreren Städten des Landkreises vertreten."
                    },
                    {
                        "de": "Migrationsberatung, Jugendmigrationsdienste, Sprachkursträger und ehrenamtliche Initiativen gibt es in den größeren Städten und in vielen kleineren Orten. Die Karte in diesem Portal zeigt Ihnen die Angebote in Ihrer Nähe."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "nordwestmecklenburg",
        "name": "Landkreis Nordwestmecklenburg",
        "short_name": "Nordwestmecklenburg",
        "seat": "Wismar",
        "from_seeds": False,
        "intro": {
            "de": "Der Landkreis Nordwestmecklenburg liegt an der Ostsee zwischen Lübeck und Schwerin. Kreisstadt ist die Hansestadt Wismar."
        },
        "body": [
            ("heading", {"de": "Ankommen in Nordwestmecklenburg"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Zum Landkreis gehören die Hansestadt Wismar mit ihrer historischen Altstadt, die Insel Poel und viele ländliche Gemeinden. Durch die Nähe zu Lübeck, Hamburg und Schwerin pendeln viele Menschen zur Arbeit in die Nachbarregionen."
                    },
                    {
                        "de": "Die Kreisverwaltung mit der Ausländerbehörde und den Ansprechpersonen für Integration hat ihren Sitz in Wismar. Auch das Jobcenter und die Agentur für Arbeit sind im Landkreis vertreten und beraten zu Arbeit, Ausbildung und Sprachkursen."
                    },
                    {
                        "de": "Beratungsstellen, Sprachkurse und Begegnungsangebote finden Sie vor allem in Wismar und in den kleineren Städten des Landkreises. Auf der Karte in diesem Portal können Sie nach Angeboten in Ihrer Nähe suchen."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "landkreis-rostock",
        "name": "Landkreis Rostock",
        "short_name": "Landkreis Rostock",
        "seat": "Güstrow",
        "from_seeds": False,
        "intro": {
            "de": "Der Landkreis Rostock liegt rund um die Hanse- und Universitätsstadt Rostock und reicht von der Ostseeküste bis weit ins Binnenland. Kreisstadt ist Güstrow."
        },
        "body": [
            ("heading", {"de": "Ankommen im Landkreis Rostock"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Zum Landkreis gehören Badeorte an der Ostsee, Kleinstädte wie Bad Doberan und viele Dörfer. Die Stadt Rostock selbst gehört nicht zum Landkreis, sie ist eine kreisfreie Stadt mit eigenen Ämtern. Achten Sie deshalb darauf, welche Behörde für Ihren Wohnort zuständig ist."
                    },
                    {
                        "de": "Die Kreisverwaltung hat ihren Sitz in Güstrow. Dort gibt es die Ausländerbehörde und Ansprechpersonen für Integration. Das Jobcenter und die Agentur für Arbeit beraten Sie zu Arbeit, Ausbildung und Förderung."
                    },
                    {
                        "de": "Migrationsberatung, Sprachkurse und ehrenamtliche Initiativen gibt es in vielen Städten des Landkreises. Die Karte in diesem Portal zeigt Ihnen die Stellen in Ihrer Umgebung."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "vorpommern-greifswald",
        "name": "Landkreis Vorpommern-Greifswald",
        "short_name": "Vorpommern-Greifswald",
        "seat": "Greifswald",
        "from_seeds": False,
        "intro": {
            "de": "Der Landkreis Vorpommern-Greifswald liegt im Osten Mecklenburg-Vorpommerns an der Grenze zu Polen. Kreisstadt ist die Universitäts- und Hansestadt Greifswald."
        },
        "body": [
            ("heading", {"de": "Ankommen in Vorpommern-Greifswald"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Zum Landkreis gehören die Universitätsstadt Greifswald, die Insel Usedom, das Stettiner Haff und viele ländliche Gemeinden. Wegen der Nähe zu Polen leben und arbeiten hier Menschen aus beiden Ländern zusammen."
                    },
                    {
                        "de": "Die Kreisverwaltung mit der Ausländerbehörde und den Ansprechpersonen für Integration hat ihren Sitz in Greifswald und weitere Standorte im Landkreis. Das Jobcenter und die Agentur für Arbeit beraten Sie zu Arbeit und Ausbildung."
                    },
                    {
                        "de": "In Greifswald und in den anderen Städten des Landkreises gibt es Migrationsberatung, Sprachkurse und Begegnungsangebote. Auf der Karte in diesem Portal finden Sie Angebote in Ihrer Nähe."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "vorpommern-ruegen",
        "name": "Landkreis Vorpommern-Rügen",
        "short_name": "Vorpommern-Rügen",
        "seat": "Stralsund",
        "from_seeds": False,
        "intro": {
            "de": "Zum Landkreis Vorpommern-Rügen gehören die Insel Rügen, die größte Insel Deutschlands, und die Halbinsel Fischland-Darß-Zingst. Kreisstadt ist die Hansestadt Stralsund."
        },
        "body": [
            ("heading", {"de": "Ankommen in Vorpommern-Rügen"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Die Region ist stark vom Tourismus geprägt. Viele Arbeitsplätze gibt es in Hotels, Gaststätten und im Handel, oft abhängig von der Saison. Daneben gibt es Arbeit im Handwerk, in der Pflege und in der Landwirtschaft."
                    },
                    {
                        "de": "Die Kreisverwaltung mit der Ausländerbehörde und den Ansprechpersonen für Integration hat ihren Sitz in Stralsund. Das Jobcenter und die Agentur für Arbeit sind im Landkreis vertreten und beraten Sie zu Arbeit, Ausbildung und Sprachkursen."
                    },
                    {
                        "de": "Auf den Inseln und im ländlichen Raum sind die Wege oft weit. Informieren Sie sich rechtzeitig über Bus- und Bahnverbindungen. Die Karte in diesem Portal zeigt Ihnen Beratungsstellen und Angebote in Ihrer Nähe."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "rostock",
        "name": "Hanse- und Universitätsstadt Rostock",
        "short_name": "Rostock",
        "seat": "Rostock",
        "from_seeds": False,
        "intro": {
            "de": "Rostock ist die größte Stadt Mecklenburg-Vorpommerns und eine kreisfreie Stadt. Sie hat eine der ältesten Universitäten Nordeuropas und einen großen Seehafen."
        },
        "body": [
            ("heading", {"de": "Ankommen in Rostock"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Als kreisfreie Stadt gehört Rostock zu keinem Landkreis. Die Stadtverwaltung übernimmt selbst die Aufgaben, die sonst ein Landkreis hat. Dazu gehört auch die Ausländerbehörde. Auch ein eigenes Jobcenter gibt es in der Stadt."
                    },
                    {
                        "de": "In Rostock gibt es viele Angebote für Zugewanderte: Migrationsberatung, Jugendmigrationsdienste, Sprachkursträger, Vereine und Migrantenorganisationen. Universität und Hochschulen bieten Beratung für internationale Studierende an."
                    },
                    {
                        "de": "Wohnungen sind in Rostock gefragt. Beginnen Sie die Suche früh und lassen Sie sich bei Bedarf beraten. Die Karte in diesem Portal zeigt Ihnen Beratungsstellen und Ämter in Ihrer Nähe."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "schwerin",
        "name": "Landeshauptstadt Schwerin",
        "short_name": "Schwerin",
        "seat": "Schwerin",
        "from_seeds": False,
        "intro": {
            "de": "Schwerin ist die Landeshauptstadt von Mecklenburg-Vorpommern und eine kreisfreie Stadt. Hier haben der Landtag und die Ministerien des Landes ihren Sitz."
        },
        "body": [
            ("heading", {"de": "Ankommen in Schwerin"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Als kreisfreie Stadt gehört Schwerin zu keinem Landkreis. Die Stadtverwaltung übernimmt selbst die Aufgaben, die sonst ein Landkreis hat, zum Beispiel die Ausländerbehörde. Auch ein Jobcenter und eine Agentur für Arbeit gibt es in der Stadt."
                    },
                    {
                        "de": "In Schwerin sitzt auch das Ministerium für Soziales, Integration und Gleichstellung, das für die Integrationspolitik des Landes zuständig ist. Für persönliche Fragen wenden Sie sich aber an die Beratungsstellen und Ämter in Ihrer Stadt."
                    },
                    {
                        "de": "Migrationsberatung, Jugendmigrationsdienste, Sprachkursträger und Begegnungsangebote finden Sie in der ganzen Stadt. Die Karte in diesem Portal zeigt Ihnen die Angebote in Ihrer Nähe."
                    },
                ],
            ),
        ],
    },
]

LEGAL_PAGES = [
    {
        "slug": "impressum",
        "title": {"de": "Impressum"},
        "intro": {
            "de": "Angaben zum Anbieter dieses Portals. Hinweis: Dies ist ein Mustertext für die Demo-Installation."
        },
        "body": [
            ("heading", {"de": "Herausgeber"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Dieses Portal wird herausgegeben vom Ministerium für Soziales, Integration und Gleichstellung Mecklenburg-Vorpommern in Zusammenarbeit mit dem Landkreis Ludwigslust-Parchim."
                    },
                    {
                        "de": "Die vollständigen Angaben zum Anbieter, zur Vertretung und zur inhaltlichen Verantwortung werden in der produktiven Installation ergänzt. In dieser Demo-Version sind bewusst keine Anschriften, Telefonnummern oder E-Mail-Adressen angegeben."
                    },
                ],
            ),
            ("heading", {"de": "Inhalte und Links"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Die Inhalte dieses Portals werden mit großer Sorgfalt erstellt. Sie dienen der ersten Orientierung und ersetzen keine Rechtsberatung. Verbindliche Auskünfte erhalten Sie bei der zuständigen Behörde oder bei einer Beratungsstelle."
                    },
                    {
                        "de": "Dieses Portal enthält Links zu Internetseiten anderer Anbieter. Für deren Inhalte sind die jeweiligen Anbieter verantwortlich. Beim Setzen der Links waren keine Rechtsverstöße erkennbar."
                    },
                    {
                        "de": "Die Texte dieser Demo-Installation sind, soweit nicht anders gekennzeichnet, Beispielinhalte. Sie müssen vor einer echten Veröffentlichung von der Redaktion geprüft werden."
                    },
                ],
            ),
        ],
    },
    {
        "slug": "datenschutz",
        "title": {"de": "Datenschutzerklärung"},
        "intro": {
            "de": "Hier erfahren Sie, welche Daten dieses Portal verarbeitet. Kurz gesagt: so wenige wie möglich. Hinweis: Dies ist ein Mustertext für die Demo-Installation."
        },
        "body": [
            ("heading", {"de": "Verantwortliche Stelle"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Verantwortlich für die Datenverarbeitung in diesem Portal ist das Ministerium für Soziales, Integration und Gleichstellung Mecklenburg-Vorpommern. Die Kontaktdaten der verantwortlichen Stelle und der oder des Datenschutzbeauftragten werden in der produktiven Installation ergänzt."
                    },
                ],
            ),
            ("heading", {"de": "Keine Werbung, kein Tracking"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Dieses Portal verwendet keine Cookies für Werbung oder Statistik und kein Tracking. Es werden keine Analysedienste eingesetzt. Beim Aufruf einer Seite werden keine Inhalte von anderen Anbietern geladen."
                    },
                    {
                        "de": "Gespeichert werden nur zwei Einstellungen, die Sie selbst wählen: die Sprache, in der Sie das Portal lesen, und, wenn Sie es wünschen, Ihre Entscheidung, die Karte anzuzeigen. Diese Einstellungen liegen nur auf Ihrem Gerät, in einem Cookie oder im Speicher Ihres Browsers. Sie können sie jederzeit in Ihrem Browser löschen."
                    },
                ],
            ),
            ("heading", {"de": "Die Karte"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Die Kartenkacheln, also das Hintergrundbild der Karte, kommen von einem externen Kartendienst. Sie werden erst geladen, wenn Sie sich ausdrücklich dafür entscheiden, die Karte anzuzeigen. Erst dann stellt Ihr Browser eine Verbindung zu diesem Dienst her. Dabei wird Ihre IP-Adresse an den Kartendienst übermittelt."
                    },
                    {
                        "de": "Solange Sie die Karte nicht einschalten, stellt das Portal keine Verbindung zu anderen Anbietern her. Ihre Entscheidung können Sie jederzeit ändern."
                    },
                ],
            ),
            ("heading", {"de": "Server-Protokolle und Ihre Rechte"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten, zum Beispiel die IP-Adresse, Datum und Uhrzeit und die aufgerufene Seite. Diese Daten werden nur für den sicheren Betrieb verwendet und nach kurzer Zeit automatisch gelöscht."
                    },
                    {
                        "de": "Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie ein Recht auf Widerspruch. Außerdem können Sie sich bei einer Aufsichtsbehörde für den Datenschutz beschweren, in Mecklenburg-Vorpommern beim Landesbeauftragten für Datenschutz und Informationsfreiheit."
                    },
                ],
            ),
            (
                "info_box",
                {
                    "title": {"de": "Mustertext"},
                    "text": {
                        "de": "Diese Datenschutzerklärung ist ein Beispieltext für die Demo-Installation. Die verantwortliche Stelle muss sie vor dem echten Betrieb prüfen und ergänzen."
                    },
                },
            ),
        ],
    },
    {
        "slug": "barrierefreiheit",
        "title": {"de": "Erklärung zur Barrierefreiheit"},
        "intro": {
            "de": "Das Portal soll für alle Menschen gut nutzbar sein, auch für Menschen mit Behinderungen. Hinweis: Dies ist ein Mustertext für die Demo-Installation."
        },
        "body": [
            ("heading", {"de": "Stand der Vereinbarkeit"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Das Ministerium für Soziales, Integration und Gleichstellung Mecklenburg-Vorpommern ist bemüht, dieses Portal barrierefrei zugänglich zu machen. Ziel ist die Erfüllung der Anforderungen der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und der Web Content Accessibility Guidelines (WCAG) 2.1 auf der Stufe AA, wie sie auch für Mecklenburg-Vorpommern maßgeblich sind."
                    },
                    {
                        "de": "Das Portal ist nach unserer Einschätzung teilweise mit diesen Anforderungen vereinbar. Eine vollständige Prüfung steht noch aus. Das Portal lässt sich mit der Tastatur bedienen, passt sich an kleine Bildschirme an und bietet Inhalte in mehreren Sprachen, auch in Sprachen, die von rechts nach links geschrieben werden."
                    },
                    {
                        "de": "Die Kartenansicht ist nur eingeschränkt barrierefrei. Die Informationen über Beratungsstellen und Ämter sollen deshalb auch ohne Karte als Text zugänglich sein. Dokumente anderer Stellen, auf die wir verlinken, sind möglicherweise nicht barrierefrei."
                    },
                ],
            ),
            ("heading", {"de": "Barrieren melden"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Sind Ihnen Barrieren aufgefallen? Dann teilen Sie uns das bitte über das Kontaktformular des Ministeriums für Soziales, Integration und Gleichstellung Mecklenburg-Vorpommern mit. Beschreiben Sie das Problem und nennen Sie die Adresse der betroffenen Seite. Wir prüfen Ihre Meldung und antworten Ihnen so schnell wie möglich."
                    },
                ],
            ),
            ("heading", {"de": "Durchsetzungsverfahren"}),
            (
                "paragraphs",
                [
                    {
                        "de": "Wenn Sie auf Ihre Meldung innerhalb einer angemessenen Frist keine zufriedenstellende Antwort erhalten, können Sie ein Durchsetzungsverfahren einleiten. Wenden Sie sich dafür an die zuständige Durchsetzungsstelle des Landes Mecklenburg-Vorpommern. Das Verfahren ist für Sie kostenlos."
                    },
                ],
            ),
            (
                "info_box",
                {
                    "title": {"de": "Mustertext"},
                    "text": {
                        "de": "Diese Erklärung ist ein Beispieltext für die Demo-Installation. Sie muss nach einer Prüfung des Portals von der verantwortlichen Stelle ergänzt werden, zum Beispiel um das Datum der Erstellung."
                    },
                },
            ),
        ],
    },
]

MONITORING_PAGE = {
    "slug": "integration-in-zahlen",
    "title": {"de": "Integration in Zahlen"},
    "intro": {
        "de": (
            "Wie kommt die Integration in Mecklenburg-Vorpommern voran? Hier finden Sie "
            "Kennzahlen für das Land und jeden Landkreis, jeweils mit Quelle und Stand. Die "
            "Zahlen dieser Demo sind erfunden."
        ),
    },
}

MAP_PAGE = {
    "slug": "karte",
    "title": {"de": "Karte"},
    "intro": {
        "de": (
            "Hier finden Sie Beratungsstellen, Sprachkurse, Behörden und weitere Hilfe in ganz "
            "Mecklenburg-Vorpommern. Suchen Sie in Ihrer Nähe: Geben Sie Ihren Ort ein und wählen "
            "Sie die Entfernung."
        ),
    },
}
