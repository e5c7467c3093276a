"""The document date: a dateline, a publication line, or a date alone at the page's head or foot.

Never a date from the body, a print date ("Izdrukāts"), a "last changed" line, or a portal's
"today" header beside the name-days ("Šodien ir … Vārda dienas: …"; page_furniture finds those).
"""
from __future__ import annotations

import datetime as dt
import re

from . import vocabulary as vocab
from .act_dateline import act_dateline, numbered_act_line
from .wrapped_dateline import wrapped_dateline
from .bylines import byline_pattern as _byline_pattern, closing_byline as _closing_byline, name_byline as _name_byline, \
    name_after
from .bylines import posted_by as _posted_by, rubric_byline as _rubric_byline, source_byline as _source_byline
from .bylines import clocked_source as _clocked_source, cms_author
from .grammar import Atom
from .page_furniture import WORD as _WORD, furniture_lines as _furniture_lines, line_at as _line_at
from .page_furniture import lines as _lines, stamp_line as _stamp_line, weekday_in as _weekday_in
from .publication_fields import FOOT_STAMP as _FOOT_STAMP, label_line_before as _label_line_before
from .publication_fields import line_label as _label, metadata_prefix as _metadata_prefix
from .publication_fields import archive_heading, labelled_year
from .publication_fields import announced_time, occurrence_told_again
from .periodicals import issue_of_periodical, masthead_issue, periodical_citation as _periodical_citation, printed_issue
from .publication_fields import age_tail_start, clock_only_line, cms_day, posting_stamp, source_before_label
from .bracketed_label import bracketed_publication, square_bracket_stamp
from .glued_stamp import counted_stamp, glued_in_prose
from .date_rule_actions import GLUED_STAMP_RULES
from .dateline_words import forbidden as _forbidden, place_first as _place_first
from .dateline_words import is_bare_dateline as _is_bare_dateline, residual_words as _residual_words
from .dateline_words import breadcrumb_rubric
from .dateline_words import item_before_dash as _item_before_dash, segment as _segment, term_field as _term_field
from .comment_heading import commenter_stamp
from .event_fields import event_card_head as _event_card_head, event_fields_after as _event_fields_after
from .event_fields import in_event_block as _in_event_block, occurrence_span, time_follows as _time_follows
from .headline_stamp import bulletin_headline_day, nominative_headline_day, parenthesised_headline_day, past_headline_day
from .named_day import day_named_after_dash
from .dateline_dash import item_after_dash
from .colon_lists import BULLET, lead_in
from .opening_rubric import opening_headline_stamp, opening_rubric
from .org_byline import office_byline, org_byline
from .source_line import source_line
from .line_above import date_cell_beside, field_line_before as _field_line_before, stamp_line_before as _stamp_line_before
from .told_today import told_today
from .signed_off import signed_off_date
from .posted_line import posted_line
from .byline_below import stamp_over_byline
from .rubric_stamp import stamp_under_rubric
from .category_stamp import category_stamp
from .next_item_stamp import opens_next_item
from .page_head import closes_sentence as _closes_sentence, continues as _continues, first_sentence_line, doubled_year_end
from .page_head import head_end as _head_end, prose as _prose, related_start as _related_start

_NUMBERED = re.compile(r"\bNr\.?\s*\d")
# A transcript's page number is all that may stand before the masthead's date on a long line.
_MASTHEAD_OPENING = 5


def _value(atom: Atom) -> dt.date | str:
    """The document date with the grain the text gives: a day, or a metadata line's month or year."""
    if atom.day:
        return dt.date(atom.year, atom.month, atom.day)
    if atom.month is None:
        return f"{atom.year:04d}"
    return f"{atom.year:04d}-{atom.month:02d}"


# The headline a CMS printed its posting stamp after, below a site's header ("Lietotāja profils" /
# "… Atceroties aizvadīto gadu 16.01.2015. plkst. 11.28"): words only, no sentence closed or
# field opened among them. The stamp's odd minute (posting_stamp) tells it from an announcement.
# A CMS may set a separator between the headline and its stamp: "Egles iedegšana :: 10.12.2013 11:24:37".
_HEADLINE_BEFORE = re.compile(r"[^\W\d_][^\d.:;!?\n]{8,150}?[^\W\d_](?:[^\S\n]+(?:::|\|)[^\S\n]*|[^\S\n]+)")


def _headline_before(text: str, line_start: int, date_start: int) -> bool:
    before = text[line_start:date_start].lstrip()
    return bool(_HEADLINE_BEFORE.fullmatch(before)) and len(_WORD.findall(before)) >= 3


# A list item's words, then a dash right before its day: "Katedras, tīkli – " (the item's own term).
_ITEM_DASH = re.compile(r"[^\S\n]*[^\W\d_][^\n]*?[^\S\n][–—-][^\S\n]*$")


def find_document_date(text: str, atoms: list[Atom]) -> tuple[dt.date | str | None, Atom | None]:
    lines = _lines(text)
    if not lines:
        return None, None
    settings = vocab.temporal()["document_date"]
    first_sentence = first_sentence_line(text, lines)
    page_head_end = _head_end(text, lines, settings["head_lines"], settings["head_lines_max"])
    related = _related_start(text, lines, first_sentence, grid_from=page_head_end)
    head_end = min(page_head_end, related)
    head = {l.index for l in lines[:head_end]}
    foot = {l.index for l in lines[max(head_end, related - settings["foot_lines"]):related]}
    # A short page's head may run to its end; its last lines after the body began still close it,
    # where a portal prints its posting stamp ("2019. gada 21. jūnijā, 22:36, Kultūra un izglītība").
    closing = foot | {l.index for l in lines[max(first_sentence + 1, related - settings["foot_lines"]):related]}
    starts = [l.start for l in lines]
    day_starts = sorted(a.start for a in atoms if a.day and not a.relative)
    # The last line of words before any related articles: where a stamp may close the body.
    last_text = next((n for n in range(related - 1, -1, -1)
                      if len(_WORD.findall(text, lines[n].start, min(lines[n].end, lines[n].start + 200))) >= 3), -1)
    furniture_line = _furniture_lines(text, lines)
    # The first line of the head that closes a sentence: an archive heading stands above it.
    first_prose = next((n for n in range(head_end) if _closes_sentence(text, lines[n])), head_end)
    firsts: dict[int, Atom] = {}  # the first candidate of each rank
    head_days: set[tuple[int, int, int]] = set()
    foot_days: dict[tuple[int, int, int], Atom] = {}
    today_header = None  # a weekday line opening the page: maybe a portal's "today", not the dateline
    first_alone: tuple[int, Atom] | None = None  # the head's first bare day alone on its line, with the line's index
    stamps: dict[int, bool] = {}  # lines of a print or "last changed" stamp: furniture, never the dateline
    for atom in atoms:
        if atom.is_range or atom.year is None or atom.relative:
            continue
        i = max(0, _line_at(starts, atom.start))
        line = lines[i]
        if atom.grain == "year":
            # "Datums: 2019. g…": a metadata line cut after its year still dates the page, with its grain
            # (RECORD: "Datums: 2019-05" is the document date); a year anywhere else is no dateline.
            if (line.index in head or line.index in foot) and labelled_year(text, line.start, line.end, atom) \
                    and not _in_event_block(text, lines, i) and not furniture_line(i):
                firsts.setdefault(3, atom)  # the coarsest: any dateline with its day or month outranks it
            elif atom.rule == "credit_year" and line.index in closing and not furniture_line(i):
                firsts.setdefault(3, atom)  # "Ezerzeme, 2011." closing a reposted article: the paper's year
            continue
        if atom.end > line.end and i < related and line.index in head and wrapped_dateline(text, lines, i, atom):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "Rīgā" / "2007." / "gada 13.decembris": a letter's dateline wrapped
            continue
        if atom.end > line.end and atom.rule == "numeric_date_card" and i < related and line.index in head:
            if not furniture_line(i):
                head_days.add((atom.year, atom.month, atom.day))  # an archive's cards are a list of days
                firsts.setdefault(1, atom)  # "27.02" / "2012" over the headline: the post's date card
            continue
        if atom.end > line.end or i >= related:
            continue
        if occurrence_span(text, atom, line.end):
            continue  # "16. mai 2019, 1:00 PM - 16. mai 2019, 3:00 PM": an event card's time, not posted
        if i not in stamps:
            stamps[i] = _stamp_line(text, lines, i)
        if stamps[i]:
            continue
        if i > first_sentence and commenter_stamp(text, lines, i, atom):
            continue  # "Marta - 25.07.2021" over the reader's words: a comment's day
        if i > first_sentence and opens_next_item(text, lines, i, atom.start, atom.end):
            continue  # "… body." / "25.02.2014 09:49" / the next listed item's headline and its byline
        if _periodical_citation().search(text, max(line.start, atom.start - 160), atom.start):
            firsts.setdefault(0, atom)  # the issue date of the periodical that printed the text
            continue
        if printed_issue().search(text, max(line.start, atom.start - 160), atom.start) \
                or issue_of_periodical(text, line.start, atom.start, atom.end):
            firsts.setdefault(2, atom)  # "Turpinājumu lasiet laikrakstā "X" Nr. 16 (23.02.2018.)": the printed issue's
            continue
        if atom.start - line.start < 80 and (_posted_by().fullmatch(text, line.start, atom.start)
                                             or posted_line(text, line.start, atom.start, atom.end, line.end)):
            firsts.setdefault(0, atom)  # "Posted By Anna Liepa On 2019. gada 17. jūnijs @ 20:24 In Ziņas"
            continue
        if i == 0 and atom.start - line.start < 40 and _metadata_prefix(text, line, atom) \
                and not _event_card_head(text, lines, i, atom):
            return _value(atom), atom
        if 0 < i < first_prose and archive_heading(text, line, atom) and not furniture_line(i):
            firsts.setdefault(0, atom)  # widgets / "Mēnesis: 2008. gada septembris" / the post: the archive's month
            continue
        if line.index in head and bracketed_publication(text, line.start, line.end, atom):
            if not furniture_line(i):
                firsts.setdefault(0, atom)  # "Atkārtota publikācija! (Publicēts: 8.08.2013.)"
            continue
        if line.index in head and parenthesised_headline_day(text, line.start, line.end, atom, atoms):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "Sveic laureātus (14.07.2018)"
            continue
        if line.index in head and past_headline_day(text, line.start, line.end, atom, atoms, first_line=i == 0):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "Pastendē aizvadītas sporta spēles 10.11.2017"
            continue
        if line.index in head and bulletin_headline_day(text, line.start, line.end, atom):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "Novadu ziņas 2021.gada 13.decembrī": the bulletin's day
            continue
        if line.index in head and nominative_headline_day(text, line.start, line.end, atom, atoms):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "Koledžas dalība projektā 2018. gada 21. aprīlis"
            continue
        if line.index in head and square_bracket_stamp(text, line.start, atom):
            if not furniture_line(i):
                head_days.add((atom.year, atom.month, atom.day))  # a list of stamped items is no dateline
                firsts.setdefault(1, atom)  # "[01.03.2026.] 30. janvārī noslēdzās …": the post's stamp
            continue
        if line.end - line.start > 300:
            # A dateline is short; a long line is prose (and rescanning it per date is quadratic).
            # A transcript runs the masthead into the page's text: its issue date opens the line.
            if line.index in head and atom.grain in ("day", "month") and atom.start - line.start <= _MASTHEAD_OPENING \
                    and masthead_issue(text, line.start, line.end, atom.start, atom.end):
                if not furniture_line(i):
                    firsts.setdefault(1, atom)  # "1 decembris 2019 Nr. 12 (176) Virsraksts …": the issue's month
                continue
            glued_in_prose(text, line, i, atom, firsts, last_text, in_head=line.index in head,
                            first_sentence=first_sentence)
            continue
        # A line of page furniture dates nothing: asked (once per line, costly) only where the
        # date would otherwise count, the checks before each effect below being cheaper.
        if (atom.grain == "day" and (i == 0 or line.index in head and (not text[line.start:atom.start].strip()
                                                                       or _headline_before(text, line.start, atom.start)
                                                                       or _author_before_cms_day(text, line.start, atom)))
                and (posting_stamp(text[atom.end:line.end], section=bool(text[line.start:atom.start].strip()),
                                   quarters=cms_day(text, atom.start, atom.end))
                     or counted_stamp(text[atom.end:line.end]))) \
                or (atom.rule in GLUED_STAMP_RULES and line.index in head):
            if not furniture_line(i):
                # A portal's weekday-and-date header above ("22. jūlijs, 2018, Svētdiena") is today's
                # date; the posting stamp with its minute under it is the article's.
                if _today_header_yields(firsts.get(1), today_header, atom, _WORD.findall(text, line.start, line.end)):
                    firsts[1] = atom
                firsts.setdefault(1, atom)  # posted: "Virsraksts 11.03.2014. plkst. 14.27", "Virsraksts11-09-2017"
            continue
        if line.index in head and atom.grain == "day" and category_stamp(text, line.start, atom.start, atom.end, line.end):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "Kategorija: Jaunumi 16. Marts 2023 13:26 1158x": posted, filed under its category
            continue
        if line.index in head and atom.grain == "day" and stamp_over_byline(text, lines, i, atom.start, atom.end):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "10.01.2006 pl. 18:45" over "Autors: Anna Liepa": posted, at any minute
            continue
        if line.index in closing and atom.grain == "day" and not text[line.start:atom.start].strip() \
                and _FOOT_STAMP.fullmatch(text, atom.end, line.end):
            if not furniture_line(i):
                firsts.setdefault(2, atom)  # "2010. gada 26. oktobrī, 13:29, Sports": posted, under a section
            continue
        if (line.index in foot or i == related - 1) and i > 0 and atom.grain == "day" \
                and not text[line.start:atom.start].strip() and _closing_byline(text, atom.end, line.end):
            if not furniture_line(i):
                firsts.setdefault(2, atom)  # "10.05.2012., Anna Liepa, sabiedrisko attiecību speciāliste"
            continue
        if line.index in head and atom.grain in ("day", "month") and masthead_issue(text, line.start, line.end, atom.start, atom.end):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "… izdevums 2007.gada 15.decembris Nr.154", "2011. gada marts Nr. 3": the issue's date
            continue
        if act_dateline(text, lines, i, atom, settings["head_lines_max"]):
            if not furniture_line(i):
                firsts.setdefault(1, atom)  # "… noteikumi Nr. 17" / "Limbažos 2021. gada 28. oktobrī"
            continue
        if numbered_act_line(text, lines, i, atom, settings["head_lines_max"]):
            if not furniture_line(i):
                head_days.add((atom.year, atom.month, atom.day))  # a list of acts' lines is no dateline
                firsts.setdefault(1, atom)  # "Uzņemšanas noteikumi" / "27.01.2012.      Nr. 6 - k"
            continue
        if text[line.start:line.end].lstrip().startswith("|") or _continues(text, lines, i, atom):
            continue  # a table row ("| 05.03.2019. | 11:00 | Rīga |"), or a wrapped sentence's last line
        if item_after_dash(text, atom.end, line.end):
            continue  # "2009. gada 14. maijā – iespēja apgūt …": a list item's own day
        bullet = BULLET.match(text, line.start, line.end)
        if bullet and (lead_in(text, line.start) is not None or _ITEM_DASH.match(text, bullet.end(), atom.start)):
            # "Iesniegšanas termiņi:" over "• Partnerības – 2021. gada 20. maijs": an item's day; so is a
            # lone item's whose words and a dash come before its day ("• Katedras, tīkli – 2020. gada 20. februāris.";
            # not a field's label: "- Publicēts: 08.09.2022")
            continue
        # Portals put several fields on one line: "Publicēts: 03.03.2025. 10:15 | Autors: …".
        seg_start, seg_end = _segment(text, line, atom)
        seg_start = source_before_label(text, seg_start, atom.start)  # "Fakti.lv Publicēts: …"
        seg_start = doubled_year_end(text, seg_start, atom)  # ", 2010. gada, 18.marts, 2010"
        if (age := age_tail_start(text, atom.end, seg_end)) is not None:
            seg_end = age  # "piektdiena, 11.08.2017 11:26 Age: 224 Days": the posting's age is the stamp's
        field_words = _WORD.findall(text[line.start:seg_start]) if seg_start > line.start else []
        if field_words and (_forbidden(field_words[-2:]) or _term_field(field_words[-3:])
                            or _item_before_dash(field_words, _WORD.findall(text, atom.start, atom.end))):
            continue  # "Pasta zīmogs – 2020. gada 1. jūnijs": the field before the dash names the date
        line_text = text[seg_start:seg_end]
        if len(line_text.strip()) > 90:
            if not furniture_line(i):
                glued_in_prose(text, line, i, atom, firsts, last_text, in_head=line.index in head,
                                first_sentence=first_sentence)
            continue
        words = _residual_words(line_text, atom.start - seg_start, atom.end - seg_start)
        if _place_first(text[seg_start:atom.start]):
            words = words[1:]
        elif (_byline_pattern().fullmatch(text, seg_start, atom.start)
              or _name_byline(text, seg_start, atom.start, stamped=posting_stamp(text[atom.end:seg_end], section=False))
              or _rubric_byline(text, seg_start, atom.start) or org_byline(text, seg_start, atom.start)
              or (line.index in closing and (office_byline(text, seg_start, atom.start) or source_line(text, seg_start, atom.start)))
              or (line.index in head and office_byline(text, seg_start, atom.start))  # an office's byline under the headline
              or _source_byline(text, seg_start, atom.start)
              or (line.index in head and breadcrumb_rubric(text[seg_start:atom.start]))  # "Ziņas latviešu valodā / 05.04.2025"
              or (_clocked_source(text, seg_start, atom.start) and not text[atom.end:seg_end].strip(" ."))) \
                and words[:1] != ["<digits>"]:
            words = words[len(_WORD.findall(text[seg_start:atom.start])):]  # "Autors: Anna Liepa, 12.03.2019"
        if len(words) >= 2 and name_after(text, atom.end, seg_end):
            words = words[:-2]  # "29.10.2021. Inga Kalna": the author's name after the date, a byline
        if opening_rubric(text, lines, i, atom.start, atom.end):
            words = []  # "08.03.2022. Audzināšanas darbs" over the headline: the section's name
        elif i == 0 and opening_headline_stamp(text, lines, i, atom, atoms,
                                               len(lines) > 1 and _prose(text[lines[1].start:lines[1].end])):
            words = []  # "27.09.2017 Sporta nedēļa skolā" over the body: the posting day before the headline
        label = _label(line_text) or _label_line_before(text, lines, i)
        weak_label = None if label else _label(line_text, "weak_labels")
        if weak_label:
            # "Datums:" alone is a publication date only at the page's head or foot, outside an event block.
            if line.index not in head | foot or _in_event_block(text, lines, i) \
                    or _event_fields_after(text, line, atom) or _time_follows(text, lines, i):
                continue  # "Datums: 04.02.2023 | Laiks: 12:00", "Datums: …" over "Pulcēšanās: 12.00"
            label = weak_label
        if label:
            label_words = set(w.lower() for w in _WORD.findall(label))
            rest = [w for w in words if w.lower() not in label_words]
            if _forbidden(rest) or not _is_bare_dateline(rest):
                continue
            rank = 0
        elif atom.grain != "day":
            continue  # a month alone is a document date only behind a label
        elif line.index not in head and line.index not in foot \
                and not (i > first_sentence and signed_off_date(text, lines, i, atom.start, atom.end)):
            continue  # a bare date counts only in the head or the foot, or under the closing signature
        elif _forbidden(words) or not _is_bare_dateline(words) or _stamp_line_before(text, lines, i, day_starts) \
                or text[atom.end:seg_end].strip() == ":" or announced_time(text, atom.end, line.end) \
                or _field_line_before(text, lines, i) or day_named_after_dash(text, atom.end, line.end) \
                or date_cell_beside(text, lines, i) \
                or (_time_follows(text, lines, i) and not _NUMBERED.search(line_text)
                    and not posting_stamp(text[atom.end:seg_end], section=False)
                    and not clock_only_line(text, lines[i + 1].start, lines[i + 1].end)):
            # A numbered dateline ("31.01.2019. Nr.1") heads minutes: "Sēdi atklāj plkst.14:00" below it
            # opens the sitting the document records, it does not announce one. A posting stamp's
            # odd minute on the date's line ("Anna Liepa, 26.08.2010. 16:52") tells the posting,
            # whatever hour the next line announces. A date line ending in a colon heads a list
            # of that day's items ("14.03.2019.:" over "• plkst. 16.00, …").
            continue
        else:
            rank = 1 if line.index in head else 2
        if furniture_line(i):
            continue
        if rank == 2 and not label:
            foot_days.setdefault((atom.year, atom.month, atom.day), atom)
        if rank == 1:
            head_days.add((atom.year, atom.month, atom.day))
            if not label and line_text.strip() == text[atom.start:atom.end].strip():
                if first_alone is None:
                    first_alone = (i, atom)
                elif firsts.get(1) is first_alone[1] and stamp_under_rubric(text, lines, first_alone, (i, atom)):
                    firsts[1] = atom  # "2019. gada 18. janvāris" / "Jaunumi" / "2018-01-31": the site's today, the post's day
            line_words = _WORD.findall(line_text)
            if _today_header_yields(firsts.get(1), today_header, atom, line_words):
                firsts[1] = atom
            elif 1 not in firsts and i <= 2 and _weekday_in(line_words):
                today_header = atom
        firsts.setdefault(rank, atom)
    # Three different bare dates in the head make a list of dates (a programme, a calendar), not a dateline.
    if len(head_days) >= 3:
        firsts.pop(1, None)
    if len(foot_days) >= 3 and firsts.get(2) in foot_days.values():
        firsts.pop(2)  # and in the foot: a table's column of days ("Datums" / "21.03.2023." / "28.03.2023." …)
    if 1 in firsts and min(firsts) == 1 and occurrence_told_again(text, firsts[1], lines[_line_at(starts, firsts[1].start)].end, atoms):
        firsts.pop(1)  # an events calendar's day and hour, told again below
    if not firsts or (min(firsts) == 1 and firsts[1] is today_header):
        # The body's own "Šodien, 19.01.2015., …": its day, over a weekday header's or where none is.
        told = told_today(text, lines[first_sentence] if first_sentence < len(lines) else None, atoms,
                          firsts.get(1))
        if told is not None:
            return told
    if not firsts:
        return None, None
    atom = firsts[min(firsts)]
    return _value(atom), atom


def _author_before_cms_day(text: str, line_start: int, atom: Atom) -> bool:
    """The author's name before a day in a CMS's posting form ("Anna Liepa 24.Jūlijs, 2023, 09:32
    Aktualitātes"): the same stamp as behind an office's name, the section after its minute."""
    return cms_day(text, atom.start, atom.end) and cms_author(text, line_start, atom.start)


def _today_header_yields(first: Atom | None, today_header: Atom | None, atom: Atom, words: list[str]) -> bool:
    """A portal prints today's date with its weekday atop every page ("Ceturtdiena, 2020.gada
    4.jūnijs"); a bare dateline of another day under the headline below it is the article's."""
    return first is not None and first is today_header and not _weekday_in(words) \
        and (first.year, first.month, first.day) != (atom.year, atom.month, atom.day)
