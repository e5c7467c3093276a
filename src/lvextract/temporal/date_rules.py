"""The date grammar's level one: the rule table, one regex per surface form with its action.

Every regex is linear: no quantified group contains another unbounded quantifier that
could match the same characters, so long runs of digits and dots cannot backtrack.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..latvian.orthography import LOWER, UPPER
from .glued_stamp import glued_stamp_end
from . import ordinal_days, vocabulary as vocab
from .date_atom import Atom
from .date_from_to import day_from_to_month
from .month_alone import month_alone
from .dateline_dash import glued_amount
from .date_patterns import (CLOCK_WORD, DASH, DAY, DAY_PADDED, DIGIT_START, HISTORIC_YEAR, HOUR, LIFE_YEAR, MINUTE, MONTH_NUMBER,
                            MONTH_NUMBER_PADDED, NUMBER_END, START, UNIT_WORDS, UNTIL, UNTIL_PAT, YEAR, fragments)
from .date_rule_actions import (date_card, day_list_month, day_month_cut, month_day_list, numeric_day_list, day_month, day_month_hyphenated, day_month_plain, day_month_year_glued,
                                day_range_month,
                                day_short_month_badge, day_short_month_year, iso_month,
                                numbered_day_month, numeric,
                                numeric_day_month_range_bare, numeric_day_range, numeric_glued, numeric_range)
from .year_rule_actions import (month_number_range, month_range_year, month_year, year, year_list, year_month, year_range, year_range_short,
                                year_to_month, bracketed_award_year, bracketed_year, bracketed_years,
                                bracketed_years_dashless, credit_year)

Rule = tuple[str, re.Pattern, Callable[[re.Match], list[Atom]]]


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    # Bounded white space keeps adjacent optional gaps from backtracking over long blank runs.
    return re.compile(pattern.replace(r"\s*", r"\s{0,3}").replace(r"\s+", r"\s{1,3}"), flags)


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    f = fragments()
    flags = re.IGNORECASE
    prefix = rf"(?:{f['year_prefix']}|{f['rel_prefix']})?"
    # Each fragment can only be used once per pattern (named groups), so these are strings.
    # One line break may fall between a day and its month (a wrapped line), never a blank
    # line: "6.\n\noktobris" is a list number over a table cell, not the 6th of October.
    # Without the day's dot the break is a wrap only before a month in lower case: "31" / "Maija
    # Ozoliņa" is a counter over a name ("Maija" is a given name too), not the 31st of May.
    # the day's dot, typed twice by a slip ("14..jūnijā", "14. . jūnijā"), or a line break before the month in lower case
    day_dot = rf"[^\S\n]{{0,3}}(?:\.(?:[^\S\n]{{0,2}}\.)?(?:[^\S\n]{{0,3}}\n)?|\n(?=[^\S\n]{{0,3}}(?-i:[{LOWER}])))?[^\S\n]{{0,3}}"
    # the year closes its line: a sentence may end on a day and the next open with a number
    line_end = r"\.?(?=[^\S\n]*(?:\n|$))"

    def day_month_year(name: str, month: str, between: str, after: str) -> Rule:
        # The forms of a day with its dot, a month word and the year after it differ only
        # between the month and the year and after the year: one builder keeps them in step.
        return (name, _compile(rf"{DIGIT_START}(?P<d>{DAY})\.[^\S\n]{{0,2}}(?P<mon>{month}){between}(?P<sy>{YEAR}){after}",
                               flags), day_month)

    return [
        # A comma typed for the day's dot, glued on both sides, counts as the dot: "Otrdien, 16,jūnijā".
        ("day_month", _compile(rf"{START}{prefix}(?P<d>{DAY})(?:,(?=(?-i:[{LOWER}]))|{day_dot}){f['month']}{f['year_suffix']}?",
                               flags), day_month),
        # A month word hyphenated at a line's end in a PDF's text, the break sometimes lost:
        # "3. jū-lijā", "12. sep-\ntembrī" (the action joins the halves and checks the month).
        ("day_month_hyphenated", _compile(
            rf"{START}{prefix}(?P<d>{DAY})\.[^\S\n]{{0,2}}(?P<a>[^\W\d_]{{2,8}})-[^\S\n]{{0,2}}\n?[^\S\n]{{0,2}}"
            rf"(?P<b>[^\W\d_]{{2,9}})(?!\w)", flags), day_month_hyphenated),
        # "29. October 2019": an English month name after a Latvian day with its dot (a
        # bilingual page's field), the year right after it.
        day_month_year("day_english_month_year", vocab.alternation(vocab.month_english()), r"(?!\w),?[^\S\n]{1,3}",
                       NUMBER_END),
        # An event badge: the day and a portal's short month alone on their line ("4 Mai",
        # "12\nOkt", "04 MAI 2021"), the event's name on the next line; a news list's stamp glues
        # the month to the day's dot ("14.jūl" over the item's lead). A blog's date card may set
        # the year alone on the line after the month ("03" / "aug" / "2010", "03." / "aug." / "2010."): one date.
        ("day_short_month_badge", _compile(
            # (a space or two may indent the badge: " 16. Mai  09:00")
            rf"{DIGIT_START}(?:(?<![^\n])|(?<=^ )|(?<=\n )|(?<=^  )|(?<=\n  ))(?P<d>{DAY})(?:\.?[^\S\n]{{1,3}}|\.|\.?[^\S\n]{{0,3}}\n[^\S\n]{{0,3}})"
            rf"(?P<mon>{vocab.alternation(vocab.month_portal_short())})\.?"
            rf"(?:,?(?:[^\S\n]{{1,3}}|[^\S\n]{{0,3}}(?P<card>\n)[^\S\n]{{0,3}})(?P<sy>{YEAR})(?(card)\.?))?"
            # a listing's clock may close the badge's line ("16. Mai  09:00"): the hour is no year
            rf"(?=(?:[^\S\n]{{1,3}}{HOUR}:{MINUTE})?[^\S\n]{{0,3}}(?:\n|$))", flags), day_short_month_badge),
        # A dateline that puts a full stop after the month's nominative too: "19. marts. 2020" (the
        # year closes the line: a sentence may end on a day and the next open with a number).
        day_month_year("day_month_dot_year", f['nominatives'], r"\.[^\S\n]{0,2}", line_end),
        # A portal's dateline with the posting's clock between the month and the year: "14. marts,
        # 00:00, 2011" (alone on its line, the year closing it).
        day_month_year("day_month_clock_year", f['nominatives'], rf",[^\S\n]{{0,2}}{HOUR}:{MINUTE},[^\S\n]{{0,2}}",
                       line_end),
        # A CMS's dateline glued to the headline's last word, its year after the month: "… jaunas
        # idejas8. septembris, 2022" (the document date reads the rule's name: a posting stamp).
        ("day_month_year_glued", _compile(
            rf"(?=\d)(?<=(?-i:[{LOWER}]{{3}}))(?P<d>{DAY})\.[^\S\n]{{0,2}}{f['month_name']}{f['year_suffix']}",
            flags), day_month_year_glued),
        # A day glued to the word before it, as a page that lost a space prints it: "Dzirciema
        # lustes16.jūlijā". Only after three lower-case letters, with the day's dot and a month name.
        ("day_month_glued", _compile(
            rf"(?=\d)(?<=(?-i:[{LOWER}]{{3}}))(?P<d>{DAY})\.[^\S\n]{{0,2}}{f['month_name']}", flags), day_month_plain),
        # The same glued to an acronym, a photo caption's or a logo's capitals: "Seminārs TNSD2. oktobrī"
        # (three capitals right before the day, its dot and a month name).
        ("day_month_glued_acronym", _compile(
            rf"(?=\d)(?<=(?-i:[{UPPER}]{{3}}))(?P<d>{DAY})\.[^\S\n]{{0,2}}{f['month_name']}", flags), day_month_plain),
        # "2.2.2021.gada 4 septembrī": a rules' point number glued to the year of a dated point.
        ("numbered_day_month", _compile(
            rf"(?=\d)(?<![\w/.,-])\d{{1,2}}\.\d{{1,2}}\.{f['year_prefix']}(?P<d>{DAY}){day_dot}{f['month']}(?P<sy>)", flags),
         numbered_day_month),
        ("day_month_plain", _compile(rf"{DIGIT_START}(?P<d>{DAY}){day_dot}{f['month']}", flags), day_month_plain),
        # The text's last words cut inside the month's word, an ellipsis maybe after the stub: "Sīkragā
        # 4. jūnij", "2019. gada 7. okto" (the action asks that the stub begin one month's forms only).
        ("day_month_cut", _compile(rf"{START}{prefix}(?P<d>{DAY})\.[^\S\n]{{0,2}}(?P<cut>[^\W\d_]{{3,9}})(?:…|\.\.\.)?\s*\Z",
                                   flags), day_month_cut),
        # "no" may have lost its blank before the day ("no12. līdz 13. martam").
        # "lidz": the long ī a hurried page leaves out ("no 5. lidz 7. jūlijam"); a doubled "līdz līdz" is a typo.
        # Each day may carry its weekday: "no piektdienas, 3. līdz svētdienai, 5. maijam" (the first
        # one's genitive stays before the range, the second's dative stands after "līdz"; after a
        # dash the adverb or nominative: "piektdien, 3. – svētdien, 5. maijā").
        ("day_range_month", _compile(
            rf"{START}{prefix}(?:no\s*)?(?P<d1>{DAY})\s*\.?\s*(?:{DASH}(?:\s*(?:{f['weekday_after_dash']})\s*,)?"
            rf"|,?\s*{UNTIL}\.?(?:\s+(?:pat|{UNTIL}))?(?:\s+(?:{f['weekday_dative']})\s*,)?)\s*(?P<d2>{DAY}){day_dot}{f['month']}"
            rf"{f['year_suffix']}?", flags), day_range_month),
        # "naktī no 6. uz 7. janvāri", "pārcelts no 6. uz 7. janvāri": both days, see date_from_to.
        # A page may lose the blank after "no" ("naktī no12. uz 13.martu"): "no" still opens the range.
        ("day_from_to_month", _compile(
            rf"{START}{prefix}(?P<no>no)\s*(?P<d1>{DAY})\.\s*uz\s+(?P<d2>{DAY}){day_dot}{f['month']}{f['year_suffix']}?",
            flags), day_from_to_month),
        # The days may be paired by "gan … gan" or "kā … tā arī" ("kā 6., tā arī 7. augustā"): the
        # action keeps such a list only after its opening word.
        ("day_list", _compile(
            rf"{START}{prefix}(?P<days>{DAY}\.?(?:\s*,\s*(?:gan\s+(?:arī\s+)?)?{DAY}\.?)*)"
            rf"\s*(?:,?\s*(?:\bgan(?:\s+arī)?\b|\btā\s+arī\b)|,|\bun\b|\bvai\b|&)\s*(?P<dl>{DAY}){day_dot}{f['month']}"
            rf"{f['year_suffix']}?",
            flags), day_list_month),
        # The same list glued to the word before it, as "day_month_glued" below has a single day: a
        # heading that lost its space before the body ("VTA velobrauciens25. un 26. maijā notika …").
        # Only after three lower-case letters, the first day with its dot, a month name closing the list.
        ("day_list_glued", _compile(
            rf"(?=\d)(?<=(?-i:[{LOWER}]{{3}}))(?P<days>{DAY}\.(?:\s*,\s*{DAY}\.)*)"
            rf"\s*(?:,|\bun\b)\s*(?P<dl>{DAY}){day_dot}{f['month_name']}",
            flags), day_list_month),
        # Days that share a numeric month and year written once after the last: "07. un 08.10.2020.",
        # "5., 12. un 19.03.2019."; without a year the month is zero-padded and closed by its dot, as
        # numeric_day_month has it ("5. un 6.03."), and no section word follows ("2. un 3.1. punkts").
        ("numeric_day_list", _compile(
            rf"{DIGIT_START}(?P<days>{DAY}\.(?:\s*,\s*{DAY}\.)*)\s*(?:,|\bun\b|\bvai\b|&)\s*(?P<dl>{DAY})\."
            rf"(?:(?P<m>{MONTH_NUMBER})\.(?P<y>{YEAR})\.?{NUMBER_END}|(?P<mp>{MONTH_NUMBER_PADDED})\.(?![\d.,:/-])(?![^\S\n]?\d))"
            rf"(?!\s*{vocab.alternation(vocab.temporal()['section_words'])})",
            flags), numeric_day_list),
        # "12. okt 2015", and a portal's dateline without the day's dot: "Svētdiena, 01 okt 2017, 09:30";
        # a site's posting stamp joins the three by hyphens: "Post date: 29-Apr-2015 17:18:49".
        ("day_short_month_year", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})(?:\.\s*|[^\S\n]{{1,2}}|-(?=[^\W\d_]{{3}}-{YEAR}))(?P<mon>{vocab.alternation(vocab.month_portal_short())})\.?(?:,?\s*|-)(?P<y>{YEAR}){NUMBER_END}",
            flags), day_short_month_year),
        # "2020. gada 19. may": a bilingual portal's Latvian year with an English month name.
        ("year_day_english", _compile(
            rf"{DIGIT_START}{f['year_prefix']}(?P<d>{DAY})\.?\s*(?P<mon>{vocab.alternation(vocab.month_english())})(?!\w)(?P<sy>)",
            flags), day_month),
        # "…attīstīšanai11-09-2017": a CMS printed the posting date right after the headline's
        # last word. Only a full date that closes its line (but for a clock time), glued to a lower-case word
        # or to the bracket or quote mark that closes the headline ("Svētki rīt (+nolikums)24-07-2015",
        # "Konkurss "Ozols"03-05-2016"), or to the headline's closing "!" or "?" ("Piedalies
        # konkursā!10.10.2017", "Piesakies nometnei "Ozols"!10.10.2017").
        ("numeric_glued", _compile(
            rf"(?=\d)(?:(?<=[{LOWER}]{{2}})|(?<=[{LOWER}][)\"”»!?])|(?<=[)\"”»][!?]))(?P<d>[0-3]\d)[-.](?P<m>{MONTH_NUMBER_PADDED})[-.](?P<y>{YEAR})\.?"
            rf"{glued_stamp_end()}"),
         numeric_glued),
        # "Ziemas skola bērniem2021.11.05 Komentāri (0)", "… priedes2008-04-18": the same stamp with the
        # year first, with dots or dashes, its comment counter maybe after it
        # (temporal/glued_stamp.py).
        ("numeric_ymd_glued", _compile(
            rf"(?=\d)(?<=[{LOWER}]{{2}})(?P<y>{YEAR})[.-](?P<m>{MONTH_NUMBER_PADDED})[.-](?P<d>{DAY_PADDED})\.?{glued_stamp_end()}"),
         numeric_glued),
        ("numeric", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\s?\.\s?(?P<m>{MONTH_NUMBER})\s?\.\s?(?P<y>{YEAR})(?:\s?\.)?{NUMBER_END}"), numeric),
        # A post's date card over its headline: the day and month on one line, the year alone on
        # the next ("27.02" / "2012"); both lines hold nothing else (a list's "27.02" over a
        # year in a table cell is no card: document_date takes it only at the page's head).
        ("numeric_date_card", _compile(
            rf"{DIGIT_START}(?<![^\n])(?P<d>{DAY_PADDED})\.(?P<m>{MONTH_NUMBER_PADDED})\.?[^\S\n]{{0,3}}\n[^\S\n]{{0,3}}"
            rf"(?P<y>{YEAR})\.?[^\S\n]{{0,3}}(?=\n|$)"), date_card),
        ("numeric_short_year", _compile(
            rf"{DIGIT_START}(?P<d>[0-3]\d)\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<yy>\d\d)\.?{NUMBER_END}"), numeric),
        ("numeric_slash", _compile(rf"{DIGIT_START}(?P<d>{DAY})/(?P<m>{MONTH_NUMBER})/(?P<y>{YEAR})(?![\d/])"), numeric),
        # The month first, as an English CMS writes it ("2/24/2013"): read so only where the day
        # cannot be a month (13 and above); "5/9/2019" stays the fifth of September.
        ("numeric_slash_month_first", _compile(
            rf"{DIGIT_START}(?P<m>{MONTH_NUMBER})/(?P<d>1[3-9]|2\d|3[01])/(?P<y>{YEAR})(?![\d/])"), numeric),
        # A blog's dateline with blanks round the slashes, alone on its line: "12 / 11 / 2023"
        # (inside a line such spacing separates counts: "3 / 4 / 2023"); a posting stamp's pipes
        # likewise: "05 | 11 | 2013".
        ("numeric_slash_spaced", _compile(rf"{DIGIT_START}(?<![^\n])(?P<d>{DAY})[^\S\n]/[^\S\n](?P<m>{MONTH_NUMBER})"
                                          rf"[^\S\n]/[^\S\n](?P<y>{YEAR})(?=[^\S\n]*(?:\n|$))"), numeric),
        ("numeric_pipe_spaced", _compile(rf"{DIGIT_START}(?<![^\n])(?P<d>{DAY})[^\S\n]\|[^\S\n](?P<m>{MONTH_NUMBER})"
                                         rf"[^\S\n]\|[^\S\n](?P<y>{YEAR})(?=[^\S\n]*(?:\n|$))"), numeric),
        # "2014.07.01 14:01": a CMS's dateline with the year first and dots (both zero-padded).
        ("numeric_ymd_dot", _compile(
            rf"(?=\d)(?<![\w/.,-])(?P<y>{YEAR})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<d>{DAY_PADDED})\.?(?![\d/-])(?![.,]\d)"),
         numeric),
        # "Līguma summa2024.12.0160 000 EUR": a flattened table glues a cell's date to the amount of
        # the next cell (the day has two figures, so the amount begins right after them).
        ("numeric_ymd_dot_before_amount", _compile(
            rf"(?=\d)(?<![\d/.,-])(?P<y>{YEAR})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<d>{DAY_PADDED})\.?(?={glued_amount()})"),
         numeric),
        ("numeric_before_amount", _compile(
            rf"(?=\d)(?<![\d/.,-])(?P<d>{DAY_PADDED})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<y>{YEAR})\.?(?={glued_amount()})"),
         numeric),
        ("iso", _compile(rf"(?=\d)(?<![\w/.-])(?P<y>{YEAR})-(?P<m>{MONTH_NUMBER_PADDED})-(?P<d>{DAY_PADDED})(?![\d/-])"), numeric),
        # A project's period in months and years: "04/2016 – 10/2018", "01.2017.-12.2019." (the months
        # zero-padded, the same separator in both ends; a single "04/2016" is more often a number).
        ("month_number_range", _compile(
            rf"{DIGIT_START}(?P<m1>{MONTH_NUMBER_PADDED})(?P<sep>[./])(?P<y1>{YEAR})\.?\s*(?:{DASH}|{UNTIL_PAT}\s)\s*"
            rf"(?P<m2>{MONTH_NUMBER_PADDED})(?P<sep2>[./])(?P<y2>{YEAR})\.?{NUMBER_END}", flags), month_number_range),
        # A metadata line's month "Datums: 2019-05" (never "2019-2020": the month is 01-12 and
        # nothing numeric, no dash or dot follows).
        ("iso_month", _compile(rf"(?=\d)(?<![\w/.,-])(?P<y>{YEAR})-(?P<m>{MONTH_NUMBER_PADDED})(?![\w/-])(?![.,]\d)"), iso_month),
        # "20-02-2023": a byline's day-month-year with dashes (both zero-padded, so that
        # "1-2-2020" and ranges of numbers stay out); a day without its zero only before a month
        # that shows one ("5-09-2013": the zero is a date's, "Sektors 5-12-2020" is a code)
        ("numeric_dash", _compile(
            rf"{DIGIT_START}(?P<d>[0-3]\d|[1-9](?=-0))-(?P<m>{MONTH_NUMBER_PADDED})-(?P<y>{YEAR})"
            rf"(?![\d/-])(?![.,]\d)"), numeric),
        # "17 • 12 • 2009": a portal's dateline with bullets for dots
        ("numeric_bullet", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\s?[•·]\s?(?P<m>{MONTH_NUMBER})\s?[•·]\s?(?P<y>{YEAR}){NUMBER_END}"), numeric),
        # "16.05." with a zero-padded month (sections "8.3." have none) and nothing numeric after;
        # not a range of school forms that lost its dash, a blank and a grade's word after it: "mācās
        # 5.12. klasē" is the 5th to 12th form (a form 1-9 before a form 10-12; "15.12. klasei" is a day)
        ("numeric_day_month", _compile(
            rf"{DIGIT_START}(?![1-9]\.1[0-2]\.[^\S\n]{vocab.alternation(vocab.temporal()['grade_words'])}(?![^\W\d_]))"
            rf"(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?!\d)(?!\s*{vocab.alternation(vocab.temporal()['section_words'])})"
            rf"(?!{vocab.alternation(vocab.temporal()['grade_words'])}(?![^\W\d_]))",
            flags), numeric),
        # "05. 06. plkst. 19.00", "5. 06.", "15. 05. 20.": the same with a blank after the day's dot
        # (a padded month with its dot, maybe a two-digit year; nothing numeric after; "8. 10.
        # punkts" stays a section).
        ("numeric_day_month_spaced", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\.[^\S\n](?P<m>{MONTH_NUMBER_PADDED})\.(?:[^\S\n](?P<yy>\d\d)\.(?!\d))?(?![\d.,:/-])(?![^\S\n]?\d)"
            rf"(?!\s*{vocab.alternation(vocab.temporal()['section_words'])})"
            # a list's number before a grade: "5. 12.klases izglītojamajiem" (the 12th form, no December)
            rf"(?![^\S\n]?{vocab.alternation(vocab.temporal()['grade_words'])}(?![^\W\d_]))", flags), numeric),
        # "līdz 15.05" without the closing dot only after a word that announces a date
        # (the digit is tested first: one test rather than four look-behinds at most positions)
        ("numeric_day_month_bare", _compile(
            rf"(?=\d)(?:(?<=\b{UNTIL} )|(?<=\bno )|(?<=\bun )|(?<=\bar ))(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})(?![\d.,:/-])(?!\s*(?:{UNIT_WORDS}))",
            flags), numeric),
        # "12.05 plkst. 18.00", "25.05, no pulksten 11": a day and a zero-padded month without the
        # closing dot, right before the clock time it gives the day of (the clock cue tells a
        # day from an amount; the times grammar reads only what follows).
        ("numeric_day_month_clock", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})(?=,?[^\S\n]{{1,3}}(?:no[^\S\n]{{1,3}})?{CLOCK_WORD}(?!\w))",
            flags), numeric),
        # A season's range before a colon that opens its hours, the end's dot left out: "01.04. - 31.10: Otr, Cet …",
        # "1.11. - 31.03:" (an unpadded first day only with its closing dot, which no clock time has).
        # "28.04 - 31.12", "no 02.05 līdz 15.05", "01.06 – 31.08.2021": days and months in two figures each, no dot after
        # the months (or after the first only, loose spaces around the dash: "(03.05.- 28.06)"); the action tells them from clock times ("10.30 - 12.00"), and a clock cue
        # ("plkst.", "laiks") has the times grammar mask them first.
        ("numeric_day_month_range_bare", _compile(
            rf"{DIGIT_START}(?P<d1>[0-3]\d|[1-9](?=\.{MONTH_NUMBER_PADDED}\.))\.(?P<m1>{MONTH_NUMBER_PADDED})(?P<dot1>\.)?\s*(?:{DASH}|{UNTIL})\s*"
            rf"(?P<d2>[0-3]\d)\.(?P<m2>{MONTH_NUMBER_PADDED})(?:\.(?P<y>{YEAR})\.?)?(?![\d,/-])(?!:\d)(?!\.\d)(?!\s*(?:{UNIT_WORDS}))",
            flags),
         numeric_day_month_range_bare),
        ("numeric_day_range", _compile(
            rf"{START}(?:no\s+)?(?P<d1>{DAY})\s*\.?\s*(?:{DASH}|{UNTIL_PAT})\s*(?P<d2>{DAY})\s?\.\s?(?P<m>{MONTH_NUMBER})\s?\.\s?(?P<y>{YEAR})(?:\s?\.)?"
            rf"{NUMBER_END}"), numeric_day_range),
        # "19.-26.10.21" (a two-digit year, as plans in tables print it)
        ("numeric_day_range_short_year", _compile(
            rf"{DIGIT_START}(?P<d1>{DAY})\s?\.?\s?{DASH}\s?(?P<d2>[0-3]\d)\.(?P<m>{MONTH_NUMBER_PADDED})\.(?P<yy>\d\d)\.?{NUMBER_END}"),
         numeric_day_range),
        # "05.05.2021-07.05.2021": two full dates joined by a bare dash (START keeps the second
        # from starting a date of its own there, as it is the tail of a dotted number).
        # Each end may carry the year's abbreviation: "03.05.2019.g.-07.05.2019.g.". "līdz" alone joins
        # them too, as "no … līdz" does: "Īstenošanas laiks: 01.10.2010. līdz 31.08.2015." (one period).
        ("numeric_range", _compile(
            rf"{DIGIT_START}(?P<d>{DAY})\.(?P<m>{MONTH_NUMBER})\.(?P<y>{YEAR})\.?(?:[^\S\n]?g\.)?(?:{DASH}|[^\S\n]{{1,3}}{UNTIL_PAT}[^\S\n]{{1,3}})"
            rf"(?P<d2>{DAY})\.(?P<m2>{MONTH_NUMBER})\.(?P<y2>{YEAR})\.?(?:[^\S\n]?g\.)?{NUMBER_END}"), numeric_range),
        ("numeric_day_range_no_year", _compile(
            rf"{DIGIT_START}(?P<d1>{DAY})\s*\.?\s*{DASH}\s*(?P<d2>{DAY})\.(?P<m>{MONTH_NUMBER_PADDED})\.(?!\d)(?!\s?{YEAR})(?P<y>)"),
         numeric_day_range),
        # "no 2016. līdz 2019. gadam", also with the space after the first year's dot lost ("2016.līdz");
        # years before 1900 with their dots and the year word after the second ("no 1893. līdz 1896. gadam");
        # a stray dot typed again after the slash or dash is passed over ("(2001./.2002.g.dz.)").
        ("year_range", _compile(
            rf"{START}(?:(?P<no>no|kopš)\s+)?(?P<y1>{YEAR}|{HISTORIC_YEAR}(?=\s*\.))(?P<dot1>\s*\.)?(?:\s*gad(?:a|u|s)(?!\w))?"
            rf"(?:(?<=gada){f['year_part']}(?=\s+{UNTIL}))?"
            rf"(?P<sep>\s*(?:{DASH}|/)\s*|(?:\s+|(?<=\.)){UNTIL}\s+)(?:(?<=[/\-–—])\.[^\S\n]?)?(?P<y2>{YEAR}|{HISTORIC_YEAR}(?=\s*\.))(?P<dot2>\s*\.)?(?:\s*(?P<yw>{f['year_word']}))?{NUMBER_END}(?![-–]\w)",
            flags), year_range),
        # A period from a year to a month of a later year: "no 2015. gada līdz 2019. gada maijam",
        # "2015. – 2019. gada maijs" (the end keeps its month; year_range alone would drop it); a part
        # of the first year before "līdz" stays inside the span at the year's grain ("kopš 2018. gada
        # rudens līdz 2019. gada jūlijam": temporal.toml year_part_genitives), here and in year_range.
        ("year_to_month", _compile(
            rf"{START}(?:(?:no|kopš)\s+)?(?P<y1>{YEAR})\s*\.?(?:\s*gad(?:a|u|s)(?!\w))?"
            rf"(?:(?<=gada){f['year_part']}(?=\s+{UNTIL}))?"
            rf"\s*(?:{DASH}|{UNTIL_PAT}(?=\s))\s*{f['year_prefix']}(?:(?P<d>{DAY})\.\s*)?{f['month_name']}", flags), year_to_month),
        # A life's years in brackets after a name, also before 1900: "gleznotājs Jānis Ozols (1890-1961)",
        # "(1906 – 1991; …)"; and a work's year in brackets after its quoted title: "filma “Ozoli” (1975)",
        # or a building's, a place's, a heading's after its word, maybe approximate: "klētī (1894)",
        # "pirtī (ap 1910)", "Soliņi Ozolos (2023)" (a year alone closes the bracket; a count goes on).
        ("bracketed_years", _compile(
            rf"(?=\d)(?<=\()(?P<y1>{LIFE_YEAR})[^\S\n]{{0,2}}{DASH}[^\S\n]{{0,2}}(?P<y2>{LIFE_YEAR})(?=[^\S\n]*[);,])"),
         bracketed_years),
        # A term's years in brackets whose dash the page lost, "gada" after the second: "padomes
        # sasaukums (1989. 1994.gada)" is the years 1989 to 1994 (a later year, a term's few apart).
        ("bracketed_years_dashless", _compile(
            rf"(?=\d)(?<=\()(?P<y1>{YEAR})\.[^\S\n]{{1,2}}(?P<y2>{YEAR})\.[^\S\n]?(?:gada|g\.)(?=[^\S\n]*\))"),
         bracketed_years_dashless),
        # … and a plan's or programme's period in the dative that lost its dash, no brackets:
        # "programmas 2021. 2027.gadam" is the years 2021 to 2027 ("gadam": the years it is for).
        ("period_years_dashless", _compile(
            rf"(?=\d)(?<![\d.])(?P<y1>{YEAR})\.[^\S\n]{{1,2}}(?P<y2>{YEAR})\.[^\S\n]?gadam(?!\w)"),
         bracketed_years_dashless),
        ("bracketed_year", _compile(rf"(?=\d)(?:(?<=[”\"»“]\()|(?<=[”\"»“][^\S\n]\()"
                                    # (after a word in the locative only, where a thing stands, "rijā (1887)",
                                    # "Kalnmuižā (2022)"; "skaits (1850)", "skola (2012)" are no years)
                                    rf"|(?<=[āēīū]\()|(?<=[āēīū][^\S\n]\()|(?<=[oāēī]s\()|(?<=[oāēī]s[^\S\n]\()"
                                    rf"|(?<=\(ap[^\S\n])|(?<=\(ap\.[^\S\n])|(?<=\(ca\.[^\S\n]))(?P<y>{LIFE_YEAR})(?=\))"),
         bracketed_year),
        # A year alone in brackets after an award or an honorary title, the year it was given:
        # "Goda pilsonis (1998)", "Atzinības krusts (2015)" (temporal.toml award_words; the word is
        # read by the action, as the nouns are many and their forms longer than a look-behind's).
        ("bracketed_award_year", _compile(rf"(?=\d)(?<=\()(?P<y>{LIFE_YEAR})(?=\))"), bracketed_award_year),
        # A source credit's year closing its line after the paper's name: "Ezerzeme, 2011."
        # (year_rule_actions.credit_year reads the line's words).
        ("credit_year", _compile(rf"(?=\d)(?:(?<=[^\W\d_],[^\S\n])|(?<=[»\"”],[^\S\n]))(?P<y>{YEAR})\.?(?=[^\S\n]*(?:\n|$))"), credit_year),
        # A school or season year "2020./21. mācību gadā", "2023/24 sezonā": the second year cut to two digits;
        # a school's page abbreviates the school year "m.g." ("2014./15.m.g.").
        # A sports page's age group of birth years cuts its last year so too, over more than one
        # year: "1994.-96.g.dz. sportistiem", "(2008.-10.dz.g.)".
        ("year_range_short", _compile(
            rf"{DIGIT_START}(?P<y1>{YEAR})\s?\.?\s?(?:/|{DASH})\s?(?P<yy>\d\d)\.?"
            rf"(?=\s*(?:mācību\s+gad|gad|sezon|m\.[^\S\n]?g\.|(?P<born>g\.[^\S\n]?dz|dz\.[^\S\n]?g)))",
            flags), year_range_short),
        # Years listed before one year word ("2012., 2013. un 2014. gadā"); before one "gada" and a
        # month, the month is each year's ("2018. un 2019. gada maijā" → 2018-05, 2019-05), as the
        # month is each day's in "15. un 16. septembrī" (the month tried first).
        ("year_list", _compile(
            rf"{DIGIT_START}(?P<ys>{YEAR}\s*\.(?:\s*,\s*{YEAR}\s*\.)*)\s*(?:,|\bun\b|\bvai\b)\s*(?P<yl>{YEAR})\s*\.?\s*"
            rf"(?:(?:gada|g\.)\s*{f['month_name']}|{f['year_word']})",
            flags), year_list),
        # "2012. gadā", "2018.g."; without the dot only singular forms: "2000 gadu vēsture" is a count
        # and "1990. gados" a decade. With the dot and a year word, a historical year counts too
        # ("pirmo reizi minēts 1645. gadā").
        ("year", _compile(rf"{DIGIT_START}(?:(?P<y>{YEAR})|(?P<hy>{HISTORIC_YEAR})(?=\s*\.))"
                          rf"(?:\s*\.\s*(?!gados|gadi\b){f['year_word']}|\s+gad(?:s|a|am|ā)(?!\w))", flags),
         year),
        # "2019. budžeta gadā", "2024. sezonā": a kind of the calendar year before its year word, or
        # a season's noun for it (temporal.toml year_kind_words, year_season_words).
        ("year_of_kind", _compile(rf"{DIGIT_START}(?P<y>{YEAR})\.[^\S\n]{{0,2}}(?:(?:{f['year_kinds']})[^\S\n]{{1,2}}{f['year_word']}"
                                  rf"|(?:{f['year_seasons']})(?!\w))", flags),
         year),
        # A year whose year word is left out or said once after the word joined to it by "un"/"vai":
        # an age group's birth year ("2003. un jaunāki", "1970. vai vecāki", the year word said once
        # before or not at all) or a year before an adjective and the year word ("2023. un
        # turpmākajos gados", "2019. vai iepriekšējā gadā"). One lower-case word only: "1990. un
        # 2000. gados" are decades, and "2020. un 2021. gadā" is year_list's.
        ("year_elided", _compile(rf"{DIGIT_START}(?P<y>{YEAR})\.(?=[^\S\n]{{1,3}}(?:un|vai)[^\S\n]{{1,3}}"
                                 rf"(?:(?:jaunāk|vecāk)[^\W\d_]*|(?-i:[{LOWER}])[^\W\d_]*[^\S\n]{{1,3}}{f['year_word']}))",
                                 flags), year),
        ("year_month", _compile(rf"{START}(?:{f['year_prefix']}|{f['rel_prefix']}){f['month_name']}", flags), year_month),
        # A project's period without "gada": "2009.februāris – 2010.jūnijs". The month glued to the
        # year's dot, or after one blank in lower case ("… 2009. Marts sākās" is a new sentence).
        ("year_dot_month", _compile(rf"{DIGIT_START}(?P<py>{YEAR})\.(?:[^\S\n]?(?=(?-i:[{LOWER}])))?{f['month_name']}",
                                    flags), year_month),
        # A heading's "Marts 2024" / "novembris, 2023" / a masthead's "novembris/ 2018": only the
        # nominative, the year right after it.
        ("month_year", _compile(rf"(?<!\w)(?P<mon>{f['nominatives']})(?:,?\s+|[^\S\n]*/[^\S\n]*)(?P<sy>{YEAR})(?:\s*\.?\s*{f['year_word']})?{NUMBER_END}",
                                flags), month_year),
        # Two months joined by a dash before one year: a heading's "FEBRUĀRIS – MARTS, 2013",
        # "jūnijs-augusts 2013. g." — one range of months in that year (the second month later in it).
        ("month_range_year", _compile(rf"(?<!\w)(?P<mon>{f['nominatives']})[^\S\n]{{0,2}}{DASH}[^\S\n]{{0,2}}"
                                      rf"(?P<mon2>{f['nominatives']})(?:,?[^\S\n]{{1,3}}|,)(?P<sy>{YEAR})"
                                      rf"(?:\s*\.?\s*{f['year_word']})?{NUMBER_END}", flags), month_range_year),
        # A calendar's header opens its line with the month and sets a spaced dash before the year,
        # which closes the line or a table's cell: "Novembris - 2024" over "P O T C P S S" (not
        # "… novembris – 2024. gada februāris", a range of months, nor a heading's "Marts – 2024. gada …").
        ("month_dash_year", _compile(rf"(?<![^\n])(?P<mon>{f['nominatives']})[^\S\n]+[-–—][^\S\n]+(?P<sy>{YEAR})"
                                     rf"(?=[^\S\n]*(?:\||\n|\Z))", flags), month_year),
        # A schedule's month line over its bare days, month first: "Jūlijs – 2., 9., 16.;" / "Augusts: 6.,13.".
        # The nominative opens its line, a dash or colon follows, then two or more days with their dots
        # up to the line's end (a series' days, each a date of its own: no stretch).
        ("month_day_list", _compile(rf"(?<![^\n])[^\S\n]*(?P<mon>{f['nominatives']})[^\S\n]*[-–—:][^\S\n]*"
                                    rf"(?P<days>{DAY}\.(?:[^\S\n]*,[^\S\n]*{DAY}\.?)+)[^\S\n]*[;.,]?(?=[^\S\n]*(?:\n|\Z))",
                                    flags), month_day_list),
        # A WordPress dateline in the Latvian locale, month first: "marts 5, 2024", "Oktobris 12, 2019".
        ("month_day_year", _compile(rf"(?<!\w)(?P<mon>{f['nominatives']})[^\S\n]{{1,2}}(?P<d>{DAY}),[^\S\n]{{0,2}}(?P<sy>{YEAR})"
                                    rf"{NUMBER_END}", flags), day_month),
        # Days as ordinal words, the case agreeing with the month's (temporal/ordinal_days.py):
        # "no piektā līdz divpadsmitajam martam", "divdesmit pirmajā jūnijā".
        ("ordinal_day_range", _compile(ordinal_days.patterns()[1], flags), ordinal_days.ordinal_day_range),
        ("ordinal_day", _compile(ordinal_days.patterns()[0], flags), ordinal_days.ordinal_day),
        # The same dateline with a portal's short month first, in the Latvian locale's lower case:
        # "nov 3, 2013" (only with the comma and the year: "mai 3" alone is no date; "Mar 4, 2011",
        # capitalised, is an English page's dateline, which temporal/foreign.py reads with its label).
        ("short_month_day_year", _compile(
            rf"(?<!\w)(?P<mon>(?-i:{vocab.alternation(vocab.month_portal_short())}))\.?[^\S\n]{{1,2}}(?P<d>{DAY}),[^\S\n]{{0,2}}"
            rf"(?P<y>{YEAR}){NUMBER_END}", flags), day_short_month_year),
        ("month", _compile(rf"(?<!\w){f['month_name']}", flags), month_alone),
    ]
