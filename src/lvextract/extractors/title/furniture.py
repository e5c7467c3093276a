"""A page's furniture over its headline, line by line: menus, widgets, rubric tags, banners,
language links, mastheads, datelines in English, an author's signature (the words are data,
data/titles.toml). `furniture(line)` is asked of every line before one is taken as the title."""
from __future__ import annotations

import re
from functools import lru_cache

from ...latvian.orthography import LOWER, UPPER
from ...temporal import vocabulary as vocab
from ..vocabulary import load
from .site_lines import site_line
from .crumbs import skip_link
from .tagline import bracketed, glued_menu, motto, software_message
from .org_dateline import org_dateline

# A page's back button: "‹ Atpakaļ", "« Atpakaļ uz jaunumiem". Furniture, and the end of the site's header.
_BACK_BUTTON = r"[<«‹\s]*atpakaļ(?:\s+uz\s+[^\W\d_]+)?[\s>»›]*"
BACK_BUTTON_LINE = re.compile(_BACK_BUTTON, re.IGNORECASE)


@lru_cache(maxsize=1)
def metadata_prefix() -> re.Pattern:
    """A crawler's metadata field glued before the first line's text (" date 2020-05 Šīs
    nedēļas …"), or a blog's archive heading glued to the first post's headline ("Daily Archives:
    29/06/2018Jēkabpils …"): a label of vocab.metadata_labels() and an ISO or a slashed date."""
    labels = vocab.alternation(vocab.metadata_labels())
    return re.compile(rf"^\s*(?:{labels})(?!\w)\s*:?\s*(?:\d{{4}}-\d\d(?:-\d\d)?\s+|\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def byline_field() -> re.Pattern:
    """A press clipping's fields under its headline: "Autors: …", "Datums: …", "Izdevums: …" (the
    author, metadata and periodical labels of temporal.toml's [document_date])."""
    settings = vocab.temporal()["document_date"]
    labels = vocab.alternation([*settings["author_labels"], *vocab.metadata_labels(), *settings["periodical_labels"],
                                *settings["publication_labels"]])  # "iesūtīts: 2013.03.27 23:20"
    return re.compile(rf"(?:{labels})\s*:", re.IGNORECASE)


@lru_cache(maxsize=1)
def english_date_prefix() -> re.Pattern:
    """A blog's English post date glued before the first line's headline: "September 6, 2018 ZĪMĒJUMU KONKURSS"."""
    months = vocab.alternation(vocab.month_english())
    return re.compile(rf"^\s*(?:{months})\s+\d{{1,2}},\s+(?:19|20)\d\d[^\S\n]+(?=[{UPPER}])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _not_a_headline() -> re.Pattern:
    months = vocab.alternation([*vocab.month_forms(), *vocab.month_abbreviations()])
    words = load("titles")
    widgets = vocab.alternation(words["widget_lines"])
    short = vocab.alternation(vocab.month_portal_short())
    sections = vocab.alternation(words["section_nouns"])
    mastheads = vocab.alternation(words["masthead_words"])
    capitals = vocab.alternation([w.upper() for w in words["masthead_capitals"]])
    buttons = vocab.alternation([w.upper() for w in words["widget_verbs"]])
    languages = vocab.alternation(words["language_names"])
    verbs = vocab.alternation(words["widget_verbs"])
    subscriptions = vocab.alternation(words["subscription_objects"])
    rubrics = vocab.alternation([*words["rubric_words"], *words["section_nouns"]])
    images = vocab.alternation(words["image_words"])
    items = words["menu_list_max_items"] - 1
    time = r"(?:,?\s*(?:plkst\.?\s*|pl\.\s*)?\d{1,2}[:.]\d\d)?"
    # a posting's day and minute (never a round one: that is an occurrence's), then its section
    stamp = (rf"(?:\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\.?|\d{{1,2}}\.\s*(?:{months})\.?,?\s*(?:19|20)\d\d\.?)"
             r",?\s*(?:plkst\.?\s*)?\d{1,2}[:.](?!00|15|30|45)[0-5]\d")
    section = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}(?:\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)?"
    # a place or a weekday: "Rīgā, ", "Svētdiena, "; a portal's separator: "/ 17.09.2025 10:26"
    # a widget's clock before today's date: "07:05 Svētdiena, 19. janvāris"
    lead = r"(?:\d{1,2}:\d\d\s+)?(?:[/|•·]\s*)?(?:[^\W\d_]+,?\s+)?"
    names = rf"(?-i:[{UPPER}][^\W\d_]+)(?:\s*,\s*(?-i:[{UPPER}][^\W\d_]+))+"
    return re.compile(
        rf"""^(?!(?-i:FOTO|VIDEO)\s*:\s*(?!.*\barhīv)(?=(?:\S+\s+){{3}}\S)(?:.*?(?-i:\b[{LOWER}]{{3}})){{2}})  # FOTO: Viens krāsains izlaidums (a headline)
          (?:
            {lead}(?:19|20)\d\d\.?\s*(?:gada|g\.)\s*(?:\d{{1,2}}\.?\s*)?(?:{months})?\.?(?:\s*[^\W\d_]+\.?)?{time}  # 2014. gada 2. aprīlī Rīgā
          | (?:19|20)\d\d\.?                                                                 # 2019
          | {lead}\d{{1,2}}\.?\s*(?:{months})\.?(?:,?\s*(?:19|20)\d\d\.?(?:\s*gad\w*)?)?{time}(?:,\s*[^\W\d_]+)?  # Svētdiena, 5. oktobris; 5. marts, 2024, 14:32; 22. jūlijs, 2018, Svētdiena
            (?:\s+{names})?                                                                   # a calendar's day and its names: Trešdiena, 8. maijs Rita, Ritma
          | {lead}\d{{1,2}}\.?\s+(?:{short})\.?,?\s+(?:19|20)\d\d\.?{time}(?:\s+(?:{widgets}))?  # Ceturtdiena, 12 mar 2015, 14:05 Versija drukāšanai
          | {lead}\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2}}|\d{{4}})?\.?{time}                            # 03.01.2018, 12.03.2021 10:15
            (?:\s*[–—-]\s*\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2}}|\d{{4}})?\.?{time})?(?:\s*@\s*[–—-]?)?  # an event's range: 11.04.2024 – 07.05.2024 @ –
          | \d{{1,2}}\s?[•·]\s?\d{{1,2}}\s?[•·]\s?\d{{4}}{time}                                  # 17 • 12 • 2009
          | (?:[^\W\d_]+\s+){{0,3}}[^\W\d_]+(?:,\s*{stamp}(?:\s+{section})?|\s+{stamp}\s+{section})  # a posting's byline or office and
                                                                         # its stamp: Anna Liepa, 26.08.2010. 16:52; Pārvalde 14.Aprīlis, 2014, 16:43 Projekti
          | \d{{4}}-\d\d(?:-\d\d)?{time}                                                     # 2021-03-12
          | (?:publicēts|publicēta|ievietots|ievietota|pievienots|pievienota|datums|atjaunots|aktualizēts|date|drukāts|izdrukāts|
               v[āa]rda\s*dien\w*|šodien\s+ir|skatījumi|komentāri|добавлен\w*|опубликован\w*)\b.*     # fields and widgets
          | (?:autors|autore|autori|avots|teksts|sagatavoja)\s*:.{{0,80}}                      # a byline: Autors: Anna Liepa
          | (?:teksts|foto|video)(?:\s*(?:un|,|&|/)\s*(?:teksts|foto|video))+\s*:.{{0,80}}          # a joint credit: Teksts un foto: Anna Liepa
          | (?-i:[{UPPER}][^\W\d_]+\s+[{UPPER}][^\W\d_-]+(?:-[^\W\d_]+)?),?\s+(?:foto|teksts|video)\s*:.{{0,60}}  # an author and the photo's credit: Anna Liepa Foto: Jānis Ozols
          | [“"„«][^“”"„«»]{{3,200}}[”"»][.!?…]*\s*\((?:(?-i:[{UPPER}]\.\s*[{UPPER}][{LOWER}-]+|[{UPPER}][{LOWER}]+\s+[{UPPER}][{LOWER}-]+)|[^\W\d_]{{1,6}}\.?\s*\d+\s*[:,]\s*\d+(?:\s*[–-]\s*\d+)?)\)  # an epigraph and its source: “…” (J. Ozols), “…” (Lk 2:10)
          | (?:autors|autore|autori|teksts|sagatavoja)\s+(?-i:[{UPPER}][^\W\d_]*\.?)(?:\s+(?-i:[{UPPER}][^\W\d_-]+(?:-[^\W\d_]+)?)){{1,2}}  # … without its colon: Autore Anna Liepa
          | (?:lapas|vietnes)\s+karte|site\s*map|izvēlne|galvenā\s+izvēlne|youtube|facebook|instagram|twitter|draugiem\.lv  # a site's links
          | (?:š[īi]\s+lapa\s+(?:ir\s+)?izdrukāta|laika\s+ziņas|laikapstākļi)\b.*             # a print stamp, a weather box
          | (?:drukas|izdrukas)\s+(?:resursa\s+adrese|datums|laiks)\b.*                        # a print's fields: Drukas datums: …
          | (?:P|O|T|C|Pk|S|Sv)\.\s*\d{{1,2}}\.\d{{1,2}}\.?                                       # a widget's weekday and date: P. 24.05
          | .*\d\s+views?                                                                  # a document site's counter: 11.07.2015 Views
          | [\W_]*                                                                           # punctuation only: ", ."
          | (?:jūsu\s+pārlūk|your\s+browser|izmantojot\s+sīkdatnes|this\s+website\s+uses)\w*\b.*   # browser and cookie notices
          | (?=.{{0,200}}$).*\bsīkdatn\w*\b.*                                                  # Šajā vietnē tiek izmantotas sīkdatnes …
          | (?:valoda|language)\s*:.{{0,40}}                                                   # a language switcher: Valoda: Latviešu
          | {_BACK_BUTTON}                                                                   # a back button: ‹ Atpakaļ
          | (?:{widgets})\s*[!:]?(?:\.{{2,3}}|…)?                                             # a site's widget: Lietotāja profils
          | (?:\d{{1,2}}\.\s*)?(?:{languages})(?:\s*[|/,•]?\s*(?:{languages}))*                      # a language switcher: 1. English
          | (?:plkst\.?\s*)?\d{{1,2}}[:.]\d\d(?:\s*[–—-]\s*\d{{1,2}}[:.]\d\d)?                          # a clock time alone: 13:00 - 18:00
          | (?-i:(?:{buttons})\s+[{UPPER}]+)                                           # a button in capitals: ZIŅOT DRUVAI
          | (?:{verbs})\s+(?:{subscriptions})(?!\w).{{0,80}}                                      # a banner: Abonē e-avīzi „Novada Ziņas”!
          | (?:[^\W\d_]+\s+){{0,2}}(?:{sections})(?:\s*[,|/•–—-]?\s*\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\.?{time}  # a section's name: Pilsētas ziņas (12.03.2024),
            |\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)?(?:\s*[/›»>|])?                      # a programme's period: Leader jaunumi 2014-2020; a crumb: Jaunumi 2014 /
          | (?:{rubrics})(?:\s*(?:[,&/|]|\s\bun\b)?\s*(?:{rubrics}))*(?:\s+(?-i:[{UPPER}][^\W\d_]+))?  # rubric tags: Kultūra un izklaide
          | (?-i:[{UPPER}]{{2,5}})(?:\s*(?:[,&/|]|\s\bun\b)\s*(?-i:[{UPPER}]{{2,5}}))+  # rubric of abbreviations: NVO un ZPR
          | .{{0,80}}\b(?:{images})(?:[\s,]+\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\.?)?                            # an image's text: Koncerta plakāts 16.03.2024
          | .{{0,60}}\b(?:{mastheads})\b.{{0,60}}                                                 # a masthead: … novada informatīvais izdevums
          | (?-i:[{UPPER}][{UPPER}\s]{{0,60}}\b(?:{capitals}))                         # a masthead in capitals: EIROPAS LATVIEŠU LAIKRAKSTS
          | (?=.*\b(?:{sections})\b)[^\W\d_]+(?:\s+[^\W\d_]+)?(?:\s*,\s*[^\W\d_]+(?:\s+[^\W\d_]+)?){{2,{items}}}  # sections listed: Jaunumi, notikumi, projekti
          | (?=.{{0,40}}$)[^:]{{1,38}}:|(?=.{{0,120}}$)[^,:]*,.*:                                   # a field's label (Redaktors:), a lead-in (Lai …, izmanto …:)
          | (?-i:[{UPPER}]{{3,20}}):[^\S\n]*.{{1,40}}                                        # a portal's field in capitals: RUBRIKA: Relīze
          | [«‹<]\s?(?:(?=[^»›>\n]*\d)|(?=\s)).{{1,30}}?\s?[»›>]                                   # a pager's or calendar's heading: « May 2013 », < Jaunumi > (not a name in quotes: «Roku darbi»)
          | (?:(?:mon|tue|wed|thu|fri|sat|sun)\s*){{7}}|(?:(?:pr|ot|tr|ce|pk|se|sv|p|o|t|c|s)\.?\s*){{7}}  # a calendar's weekdays: MonTueWed…
          | (?:https?://|www\.)\S+                                                             # an address alone: http://madona.lv/…
          | (?:page|lapa|lpp\.?)\s*\d+(?:\s*(?:of|no|/)\s*\d+)?|\d+\.?\s*lpp\.?                        # a document's page: Page 1, 3. lpp.
          | .{{0,60}}?(?<![^\W\d_])v[āa]rda\s*dien(?:a|as)\s*(?:svin\w*\s*)?:.*                                  # a calendar's date glued to the name days
          | (?:pirms\s+\d+\s+(?:minūt|stund|dien|nedēļ|mēneš|gad)\w*)                        # a posting's age: pirms 3 dienām
          | (?:lasīšanas\s+laiks|lasīšanai|reading\s+time|read\s+time|bez\s+kategorijas|uncategori[sz]ed)\b.*  # reading time, an empty category
          | (?:you\s+are\s+here|jūs\s+atrodaties(?:\s+šeit)?|edited\s+on|last\s+updated)\b.{{0,60}}  # a breadcrumb's or editor's label
          | [\s\[\]/|]*[+-]?\s*A\s*[+-]?[\s\[\]/|]*(?:[+-]?\s*A\s*[+-]?[\s\[\]/|]*)*           # text-size buttons: +A A, [ A+ ] /[ A- ]
          | (?=.{{0,120}}$)(?:tālr\w*|tel|e-?pasts?)\b\.?\s*:?.*\d.*                        # a contact header: Tālrunis: … | E-pasts: …
          | (?=.{{0,160}}$).*,.*(?<![\w-])LV[^\S\n]?[-–]?[^\S\n]?\d{{4}}(?!\d).*                                 # an address with its postal code: Dzirnavu iela 2, Ozolkalne, LV-4862
          | (?=.{{0,120}}$)[^,]{{2,60}}(?:,[^,]{{2,60}}){{1,3}},\s*[^\W\d_]+\s+(?:pagasts|pag\.|novads|nov\.)  # a venue's address: “Ozoli”, Lejas, Ozolkalnes pagasts, Kalnu nov.
          | (?-i:[{UPPER}][^\W\d_]+(?:\s*,\s*[{UPPER}][^\W\d_]+)+)              # the day's names: Ilze, Ildze
          | .*(?:\s[|›»>]\s.*){{2,}}                                                           # menus: Sākums | Jaunumi | Kontakti
          | (?=.{{0,30}}$).*\s\|\s.*                                                            # a short menu: Meklēt | Saites
          | [^|›»>]*\s[›»>]\s.*                                                               # breadcrumbs: Jaunumi › Sociālā joma
          | (?!(?:foto|video)\s*:\s*(?=(?:\S+\s+){{5}}\S)(?:.*?(?-i:\b[{LOWER}]{{3}})){{2}})  # (FOTO: Kā jaunieši … — a headline)
            (?:banner|baneris|reklāma|logo|image|attēls|foto|weather|ilustrācija|ilustratīvs\s+(?:foto|attēls)|publicitātes\s+foto)\b.* | .*\b(?:logo|logotips|ikona|icon|header\s+image)
          | icon\s+\S.{{0,30}}                                                                     # images; an icon's label: Icon NODERĪGI
          | (?-i:[{UPPER}](?:\.|[^\W\d_]+)\s*[{UPPER}][^\W\d_]+)\s+(?:foto|fotogrāfija)  # a photo credit: Annas Liepas foto, A. Liepas foto
          | (?:tulkot|translate|izmantojiet\s+google|google\s+translate)\b.*                     # a translation widget
          | .{{0,60}}\b(?-i:RSS)                                                                # a feed's link: Visi raksti RSS
          | .{{0,60}}(?<=(?-i:[{LOWER}]))(?-i:RSS|Facebook|Twitter|Instagram|YouTube)(?-i:[{UPPER}]|$).{{0,40}}  # icon links glued: MeklēšanaRSSFacebook
          | (?:[^\W\d_]+\s+)?[+-]*\d.*[°℃].*                                                   # +5° C, vējš; cloudy 21.4℃
          | (?-i:[{LOWER}]).{{0,40}}                                                     # a short link in lower case: skatīties video
          | (?=.{{0,40}}$).*\b[\w-]+\.(?:lv|com|eu|org|net)\b.*                               # a site's name: Portals.lv ARHĪVS
          | (?:[•·▪]\s*)?\S{{1,20}}                                                          # a lone short word: koks; a bulleted one: • Ginters,
        )$""",
        re.IGNORECASE | re.VERBOSE,
    )


@lru_cache(maxsize=1)
def _signature_pattern() -> re.Pattern:
    roles = vocab.alternation(load("titles")["signature_roles"])
    # or the office it signs for, in capitals: "Anna Liepa, Ozolkalnes pagasta pārvalde"
    offices = vocab.alternation(load("titles")["site_name_heads"])
    return re.compile(rf"(?P<given>[{UPPER}][{LOWER}]+)[^\S\n]+[{UPPER}][{LOWER}-]+"
                      rf"[^\S\n]*,[^\S\n]*(?:(?-i:[{LOWER}„“\"]).{{0,100}}?\b(?:{roles})[^\W\d_]*\.?"
                      rf"|(?-i:[{UPPER}])[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){{0,3}}[^\S\n]+(?:{offices}))", re.IGNORECASE)


def _signature(line: str) -> bool:
    """An author's signature above the headline: "Anna Liepa, dienas centra darba organizatore"."""
    from ...latvian.names import is_given_name

    m = _signature_pattern().fullmatch(line)
    return bool(m) and is_given_name(m["given"])


def furniture(line: str) -> bool:
    return _not_a_headline().match(line) is not None or _signature(line) or site_line(line) or skip_link(line) \
        or software_message(line) or motto(line) or bracketed(line) or glued_menu(line) or org_dateline(line)
