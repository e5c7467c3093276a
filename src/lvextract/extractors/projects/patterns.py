"""The shapes projects are read from: contract numbers, codes, short names, list items, cards
(regular expressions; the words are data, data/projects.toml)."""
import re
from functools import lru_cache

from ...latvian.money import currency_alternation
from ...latvian.orthography import CLOSING_QUOTES, DASH_CHARS, LOWER, OPENING_QUOTES, UPPER
from ..vocabulary import load

MAX_NAME = 260  # (an ESF title may run past 200 characters: "… pieejamība X novadā, jo īpaši … pasākumus")
# The currencies of the amounts granted to projects, framed as whole words ("Ls" but not the "ls" of "valsts").
LAT_EUR = r"(?<![^\W\d_])(?i:" + currency_alternation("EUR", "LVL") + r")(?![^\W\d_])"
# (a full stop typed apart from "Nr" is still its abbreviation's: "projekts Nr .PMLP/PMIF/2023/…")
# (a scraped number may keep a space after one of its dashes, the next part holding a digit:
# "Nr.22-03-AL21- A019.2204-000005")
CONTRACT_NUMBER = rf"(?:Nr\.?|nr\.?|numurs|numuru)(?:[ \t]+\.)?\s*:?\s*(?:[Nn]r\.\s*)?(?P<number>[{UPPER}a-z0-9](?:[\w./\-]|(?<=\w-)[ \t](?=[{UPPER}0-9][\w.]*\d))*[\w])"
# A short name in capitals: a capital letter, then capitals, digits, "+" or "-" ("GreenYard" is no such
# name, "LIFE-AB2+" is), closing the title in brackets (bracket_short) or opening a line before a dash.
SHORT_CAPITALS = rf"[{UPPER}][{UPPER}0-9+\-]{{1,15}}"
SHORT_NAME = re.compile(r"^(?P<short>" + SHORT_CAPITALS + r")\s*[–—:-]\s+\S")
# A short name in capitals after the project word ("Projekts PRIME īstenots"), four characters at least,
# its parts joined by hyphens, each from a capital letter ("projekta NAT-PROGRAMME eksperte").
# (never a Roman numeral alone: "projekts – VIII Lielais tirgus" numbers the occurrence, it names nothing)
ROMAN_NUMERAL = r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
CAPITALS_NAME = re.compile(rf"(?=[{UPPER}0-9-]{{4,}}$)(?!{ROMAN_NUMERAL}$)[{UPPER}][{UPPER}0-9]{{1,15}}(?:-[{UPPER}][{UPPER}0-9]{{1,15}})*")
# A stray opening quote before the project's number, the name quoted after it: '“ nr. 2017/AB12/4   “…”'.
STRAY_QUOTE_NUMBER = re.compile(r"[ \t]*[Nn]r\.?[ \t]*(?P<code>[^\s„“\"«»”]*\d[^\s„“\"«»”]*)[ \t]+[„“\"«](?=[^\W\d_])")
# (a number's last "/" may be glued to the quote that opens the name: "Nr. ABC/PMIF/2023/“…”")
NUMBER_BEFORE_NAME = re.compile(r"\s*" + CONTRACT_NUMBER + r"(?:/(?=[\"'„“«]))?\s*(?::\s*)?")
NUMBER_AFTER_COMMA = re.compile(rf"[ \t]*,[ \t]*(?:Nr\.?|nr\.?)[ \t]*(?P<number>(?=[\w./\-]*\d)[{UPPER}a-z0-9][\w./\-]*\w)")
# The number in brackets between the project word and the name, an application's word maybe after it:
# "projekta (Nr. 11-22-AB33-000004) pieteikumu „…”", "projektu (Nr. LLI-425) „…”".
PAREN_NUMBER_BEFORE_NAME = re.compile(r"[ \t]*\([ \t]*" + CONTRACT_NUMBER + r"[ \t]*\)[ \t]*"
                                      r"(?:(?:pieteikum|iesniegum)\w*[ \t]*)?(?=[\"'„“«])")
# A programme's project code written without "Nr." before the quoted name: "projekta LLI - 425 “…”",
# "projekts EST-LAT-62 „…”" (capitals, then digits; the quote must follow).
CODE_BEFORE_NAME = re.compile(rf"\s*(?P<number>[{UPPER}]{{2,8}}(?:[ \t]*[-–][ \t]*[{UPPER}]{{2,8}})*[ \t]*[-–]?[ \t]*\d{{1,5}})\s*(?=[\"'„“«])")
# A contract number with "/" written without "Nr." before the quoted name: "projekta
# 2014.EEZ/PP/1/MIC/074/040 „…”" (a digit and a "/" in it; the quote must follow); or one of three
# parts or more joined by dashes, as the rural support service numbers them: "īsteno projektu
# 20-01-F03601-000009 “…”" (a letter in it: a date "2023-05-12" or a range "2021-2027" stays out).
# (a scraped page may part a programme's dotted code from the rest by a space: "8.1.2. 0/17/I/035 „…”")
SLASHED_BEFORE_NAME = re.compile(r"[ \t]*(?P<number>(?=[\w.\-]*\d)(?:(?:\d{1,3}(?:\.\d{1,3})+\.[ \t](?=\d))?[\w.\-]+/[\w./\-]*\w|(?=[\w.\-]*[A-Za-z])\w[\w.]*(?:-\w[\w.]*){2,}))"
                                 r"[ \t]*(?=[\"'„“«])")
# A quoted name in two languages: "Neaizsargāto grupu iekļaušana … / Social inclusion of … (Valued
# people)": the first part is the name, the second an alias (each three words or more).
TWO_LANGUAGES = re.compile(r"^(?P<first>[^/\n]+?)[ \t]+/[ \t]+(?P<second>[^/\n]+)$")
TRAILING_PAREN = re.compile(r"^(?P<before>.+?)[ \t]*\((?P<inside>[^()]{2,60})\)$")
# A programme's code and a capitals short name in brackets closing the quoted name itself:
# "“Daudzfunkcionālo centru … attīstība (LLI-425, OCTOPUS)”", "“… resocializācija ieslodzītajiem
# (DARI)”" (either may stand alone).
CODE = rf"[{UPPER}]{{2,8}}[ \t]*[-–][ \t]*\d{{1,5}}"
CAPITALS = rf"[{UPPER}][{UPPER}0-9]{{2,15}}"
CODE_IN_NAME = re.compile(r"^(?P<name>.+?)[ \t]*\((?:(?P<code>" + CODE + r")(?:[ \t]*[,;][ \t]*(?P<short>" + CAPITALS + r"))?"
                          r"|(?P<short2>" + CAPITALS + r")(?:[ \t]*[,;][ \t]*(?P<code2>" + CODE + r"))?)\)$")
# An unquoted name after a dash, closed by its short name and code in brackets: "uzsāka jauna
# projekta īstenošanu – Ģimenes stiprināšana ar bibliotēku palīdzību (HOME; LLI-422), kuru finansē …".
DASH_NAME_WITH_CODE = re.compile(rf"[ \t]+(?:īstenošan\w*[ \t]+)?[–—-][ \t]+(?P<name>[{UPPER}][^()\n„“\"«;.]{{10,200}}?)[ \t]*"
                                 r"\((?:(?P<code>" + CODE + r")(?:[ \t]*[,;][ \t]*(?P<short>" + CAPITALS + r"))?"
                                 r"|(?P<short2>" + CAPITALS + r")[ \t]*[,;][ \t]*(?P<code2>" + CODE + r"))\)")
# How far a name written in two languages may run (a name in one language stops at MAX_NAME).
MAX_TWO_LANGUAGES = 400
# ... and the same code after "Nr.", where its spaced dash would end a plain number: "projektu Nr. LLI - 425 “…”".
NUMBERED_CODE_BEFORE_NAME = re.compile(r"\s*(?:Nr\.?|nr\.?)" + CODE_BEFORE_NAME.pattern)
# ... and before an unquoted name: "projekta LLI-425 OCTOPUS ietvaros" (the code, then a capital letter).
CODE_BEFORE_UNQUOTED = re.compile(rf"[ \t]*(?P<number>[{UPPER}]{{2,8}}[ \t]*[-–][ \t]*\d{{1,5}})[ \t]+(?=[{UPPER}])")
# The name given a few words later: "projekts tiek īstenots ar nosaukumu “…”", "projektu, kas nes
# nosaukumu „…”" (up to four words, then the naming phrase and the quote).
# (or in a relative clause: "Vienu no projektiem, kura nosaukums “…”, īstenoja biedrība")
# (or one of several picked out: "trīs projektus, no kuriem atbalstīts viens – “…”")
# (or given it by a verb: "projektam tika dots nosaukums „…”", "projekts ieguvis nosaukumu „…”")
@lru_cache(maxsize=1)
def named_later() -> re.Pattern:
    """The naming phrase a few words after the project word, up to the quote (projects.toml [named_later])."""
    data = load("projects")["named_later"]
    given, took = "|".join(map(re.escape, data["given_participles"])), "|".join(map(re.escape, data["given_verbs"]))
    return re.compile(r"[ \t,]*(?:(?:[^\W\d_]+[ \t]+){0,4}?(?:ar|nes)[ \t]+nosaukumu|(?:kura|kuras|kuru|kam)[ \t]+nosaukums"
                      # (the verb right after the project word, an auxiliary or "jau" between: not
                      # "projekta vadītāja ieguva nosaukumu „…”", a person's title; an adjective of
                      # the name may stand before its noun: "dots skanīgs nosaukums", "ieguva jaunu nosaukumu")
                      rf"|(?:(?:tika|tiek|tiks|ir|bija|jau|arī)[ \t]+){{0,2}}(?:{given})[ \t]+(?:[a-zāčēģīķļņšūž]+[sš][ \t]+)?nosaukums"
                      rf"|(?:(?:ir|jau|arī)[ \t]+){{0,2}}(?:{took})[ \t]+(?:[a-zāčēģīķļņšūž]+u[ \t]+)?nosaukumu"
                      r"|(?P<one>no[ \t]+(?:kuriem|kurām|tiem|tām)[ \t]+(?:[^\W\d_]+[ \t]+){0,3}?(?:viens|viena)[ \t]*[:–—-])"
                      r")"
                      r"[ \t]*[:–—-]?[ \t]*(?=[\"'„“«])", re.I)


@lru_cache(maxsize=1)
def funded_before_name() -> re.Pattern:
    """Who paid, said between the project word and its quoted name: "projekts ar Eiropas Reģionālās
    attīstības fonda finansējumu “…”", "projektu ar ERAF līdzfinansējumu „…”" ("ar", up to six words of
    the funder, a money noun of projects.toml [named_later] money_nouns, then the quote)."""
    money = "|".join(map(re.escape, load("projects")["named_later"]["money_nouns"]))
    return re.compile(r"[ \t]+ar[ \t]+(?:[^\W\d_]+[ \t]+){1,6}?(?:" + money + r")[ \t]*(?=[\"„“«])")


@lru_cache(maxsize=1)
def field_before_name() -> re.Pattern:
    """The field a project is in, said between the project word and its quoted name: "jauns projekts
    sporta jomā „…”", "projektu jauniešu nodarbinātības jomā “…”" (up to four lower-case words before the
    field's noun, projects.toml [named_later] field_nouns)."""
    fields = "|".join(map(re.escape, load("projects")["named_later"]["field_nouns"]))
    return re.compile(rf"[ \t]+(?:[{LOWER}]+[ \t]+){{0,4}}?(?:{fields})[ \t]*(?=[\"'„“«])")


NEXT_WORD = re.compile(r"\s*(\S+)")
# ... but not where the name is a contest's or a programme's (data/projects.toml, not_project_between).
# A capitals short name after a quoted name, before a bracket, a comma or "ietvaros".
ACRONYM_AFTER = re.compile(rf"[ \t]+(?P<short>[{UPPER}][{UPPER}0-9]{{2,11}}(?:[ \t]+[{UPPER}0-9]{{2,8}})?)(?=[ \t]*(?:[(,.;]|ietvaros\b))")
# A capitals short name between the project word and the quoted title, the title's alias: "LIFE+
# projekts PUTNI ĀDAŽOS “…”" (one to three words in capitals, the first of three letters or more).
ACRONYM_BEFORE_QUOTED = re.compile(rf"(?P<short>[{UPPER}]{{3,15}}(?:[ \t]+[{UPPER}0-9]{{2,15}}){{0,2}})[ \t]+(?=[„“\"«])")
# A capitals short name with a version number: "Projekta LJP 5.0 mērķis", "projekts DIGI 2.0".
VERSIONED_NAME = re.compile(rf"[ \t]*(?P<name>[{UPPER}]{{2,15}}[ \t]+\d{{1,2}}(?:\.\d{{1,2}})+)(?![\w.])")
# A programme's kind of project between the project word and the quoted name: "projektu
# sadarbības partnerību skolu sektorā “…”", "projekta KA1 mobilitātes „…”" (up to eight words, one
# of partnership, mobility or sector, all in lower case but a KA code).
PROJECT_KIND = re.compile(rf"[ \t]+(?:KA\d{{1,3}}[ \t]+)?(?:[{LOWER}]+(?:s|u|o)[ \t]+){{0,4}}?(?:partnerīb|mobilitāt|sektor)[{LOWER}]*"
                          rf"(?:[ \t]+(?!biedrīb|nodibināj|organizācij)[{LOWER}]+(?:u|s|ā|ē|ī)){{0,3}}?[ \t]*(?=[\"'„“«])")
# Whom the project is for, said in the dative between the project word and the quoted name:
# "projektā bērniem un jauniešiem ar speciālām vajadzībām “…”", "īsteno projektu senioriem “…”" (a
# dative plural first, then up to six more lower-case words of the same kind or "un", "vai", "ar").
BENEFICIARIES_BEFORE_NAME = re.compile(rf"[ \t]+[{LOWER}]+(?:iem|ām|ēm)(?:[ \t]+(?:[{LOWER}]+(?:iem|ām|ēm)|un|vai|ar)){{0,6}}[ \t]*(?=[\"'„“«])")
CAPITALS_NEXT = re.compile(rf"[ \t]+[{UPPER}]{{2,}}\b")
# Two to twelve plain words (letters, digits, "+", "-") from a capital letter, then "ietvaros".
UNQUOTED_NAME = re.compile(rf"(?P<name>[{UPPER}][\w+\-]*(?:[ \t]+[\w+\-]+){{1,11}}?)[ \t]+ietvaros\b")
# ... or, after an opening quote never closed, one word to "ietvaros" as well: the quote marks the
# name ('projekta „DIGIKOM ietvaros notika …')
UNCLOSED_WORD = re.compile(rf"(?P<name>[{UPPER}][\w+\-]*)[ \t]+ietvaros\b")
# A title without quotes after "projektu" closed by a comma and a relative clause: "īsteno projektu
# Drošs ceļš uz skolu, kura mērķis …" — two to eight words of letters from a capital letter, the last
# no locative (a place, "projektu Ozolu novadā, kas …"), then ", kura"/", kas"/", kuru"/", kā".
TITLE_BEFORE_RELATIVE = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{1,7}}?)"
                                   r"(?<![āēīū])(?<!os)(?<!ās)(?<!ēs)(?<!īs)(?<!ūs)(?<!iem)(?<!ēm)(?<!ām),[ \t]+(?:kura|kuras|kuru|kas|kā)\b")
# ... or closing its sentence with a full stop: "īstenojot projektu Upju palieņu atjaunošana putnu
# saglabāšanai." — three to fifteen words from a capital letter (a capitals abbreviation among them);
# the caller asks for an action noun in the nominative among them ([unquoted_title]).
TITLE_CLOSING_SENTENCE = re.compile(rf"(?P<name>[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{2,14}})[ \t]*[.!]?[ \t]*$")
LINE = re.compile(r"[^\n]+")
LETTERS = re.compile(r"[^\W\d_]+")
WORDS = re.compile(r"[^\W_]+")  # letters and digits: "… 2020" and "… 2021" stay two projects
# One to six words from a capital letter or digit-free start, no sentence punctuation.
# (the item's closing semicolon, comma or full stop is no part of it: "• Green Schools Together;")
BARE_NAME = re.compile(rf"(?P<name>[{UPPER}][\w+&'’\-]*(?:[ \t]+[\w+&'’\-]+){{0,5}})[ \t]*[;.,]?[ \t]*")
# (a dash and a second bullet typed after it count as one: "-   * “Rotaļu laukums”, …")
LIST_ITEM = re.compile(r"[ \t]*(?:[•·*–—-](?:[ \t]*[•·*])?|\d{1,3}[.)])[ \t]*")
# An item that is a word or a few and a quoted name ending the line: "10. Spēļu istaba “Atpūtas stūris”".
# (an ordinal may open it, and a semicolon or a comma close the item: "- 9. keramikas plenērs “Māls”;")
WORDS_THEN_QUOTED = re.compile(rf"(?P<name>(?:[{UPPER}]|\d{{1,3}}\.[ \t]+[^\W\d_])[\w\-]*(?:[ \t]+[\w\-]+){{0,3}}[ \t]+[„“\"«][^„“”\"«»\n]{{2,100}}[”“\"»])[ \t.;,]*")
# An item "who, “what”": "• Biedrība “Avots”, “Sargi sevi pats!”;", "• Mūzikas skola, meistarklases
# “Ielādē mūziku”;" (the last comma, up to two words, the quoted name; after it at most a dash and
# a word, and the item's end).
# (one greedy run to the last such comma: the letter the owner must hold is asked after the match,
# listed_names.owner_then_quoted — two runs around a letter backtracked over a long line, its square)
OWNER_THEN_QUOTED = re.compile(r"(?P<owner>[^\n]*),[ \t]+(?:[^\W\d_]+[ \t]+){0,2}(?=[„“\"«])")
OWNER_LETTER = re.compile(r"[^\W\d_]")
# ... or "who “Name” “what”": "1. IIG “Rožupieši” “Izjūti ģimenes spēku!” EUR 537,48. …" (the owner's
# quoted name right before the project's; anything may follow).
# (a dash may stand between the two: "Biedrība „Upes” – „Laivu piestātne”, 2000 EUR")
OWNER_QUOTED_THEN_QUOTED = re.compile(r"(?:[^\W\d_][\w.\-]*[ \t]+){1,6}?[„“\"«][^„“”\"«»\n]{1,80}[”“\"»][ \t]+(?:[–—-][ \t]+)?(?=[„“\"«])")
# ... or "who “what” amount": "2. Skolas deju kolektīva vecāku IG “Aud, māsiņ, jostas!” EUR 500,00."
# (words, the quoted name, then the sum granted).
OWNER_QUOTED_AMOUNT = re.compile(r"(?:[^\W\d_][\w.\-]*[ \t]+){1,10}?(?=[„“\"«][^„“”\"«»\n]{2,120}[”“\"»][ \t]*"
                                 r"(?:" + LAT_EUR + r")?[ \t]*\d)")
ITEM_TAIL = re.compile(r"[ \t]*(?:[–—-][ \t]*[^\W\d_]+[ \t]*)?[;.,]?[ \t]*$")
# (a spaced dash may stand between: "… “Zaļā skola” – projekta ietvaros …", read only before "ietvaros")
NAME_BEFORE_WORD = re.compile(r"(?<![\w„“\"«])[„“\"«](?P<name>[^„“”\"«»\n]{2,150})[”“\"»](?P<dash>[ \t]+[–—-])?[ \t]+\**(?P<word>[^\W\d_]+)")
# A quote glued to the end of a project word closes a quotation the word is part of.
CLOSING_ONLY_GLUED = frozenset('”"»')
FOLLOWING = re.compile(r"[ \t]*\**(?:(?P<quote>[„“\"«])|(?P<word>\w*))")
PREVIOUS_WORD = re.compile(r"(?P<word>[\w/]+)[ \t]*$")
# ... past a programme part's number: "aktivitātē 19.2.2 “…” projekts" is the activity's name.
# (a colon may follow the word: "aktivitātes: 19.2.2 “…” projekta iesniegumu")
NUMBERED_PREVIOUS_WORD = re.compile(r"(?P<word>[^\W\d_]+)[ \t]*:?[ \t]+\d{1,3}(?:\.\d{1,3})+\.?[ \t]*$")
# (or after a dash: “Zaļā skola” – “Mēs un daba”, the name's other half said as its own)
OTHER_NAME = re.compile(r"[ \t]*(?:/|jeb|[–—-])[ \t]*")
# A second quoted name joined by "un" right after the first ("projektu “A” un “B” pasākumus"), and
# the word after its closing quote (empty at a punctuation mark or the line's end).
JOINED_SECOND = re.compile(r"[ \t]+un[ \t]+(?=[„“\"«])")
NEXT_WORD_AFTER = re.compile(r"[ \t]*(?P<word>[^\W\d_]*)")
PAREN = re.compile(r"\s*\((?P<inside>[^()\n]{1,120})\)")
# A name alone in a bracket after a project's number: "projektam Nr. LV-77 (Green Bridges)" (from a
# capital letter, one to eight words of letters, no digits: not a date, a sum or another code).
NAME_IN_PAREN = re.compile(rf"[ \t]*\([ \t]*(?P<name>[{UPPER}][^\W\d_]+(?:[ \t]+[^\W\d_&+'’\-]+|[ \t]*[&+\-][ \t]*[^\W\d_]+){{0,7}})[ \t]*\)")
# A fact sheet's field lines: "Projekta nosaukums: Kopienu centri pierobežā" (or "Projekts: …"),
# "Projekta numurs: LLI-512".
# (the value on the label's own line: a label alone over its value is LABEL_ALONE's)
NAME_LINE = re.compile(r"^[ \t]*(?:(?:projekta|apakšprojekta)\s+nosaukums[ \t]*[:–—-][ \t]*"
                       # (a cross-border card's short-title field opening its line: "Īss nosaukums: …")
                       r"|(?:projekta[ \t]+)?īss(?:ais)?[ \t]+nosaukums[ \t]*:[ \t]*"
                       # (a card's label without a colon, the name from a capital or a quote on the same line)
                       rf"|(?:projekta|apakšprojekta)[ \t]+nosaukums[ \t]+(?=(?-i:[„“\"{UPPER}]))(?![^\n]*\b(?:ir|bija|tiks|tika|būs|nav)\b)"
                       # (a table's header row flattened: the next cell is another column's label, "Projekta
                       # nosaukums Piešķirtais finansējums (EUR)", "Projekta nosaukums Projekta ilgums Budžets
                       # Logo", not a name)
                       r"(?!(?:piešķirt\w*[ \t]+|kopēj\w*[ \t]+|projekta[ \t]+)?(?:finansējum|summ|izmaks|statuss|iesniedzēj|īstenotāj"
                       r"|ilgum|budžet|termiņ|period|logo)\w*\b)"
                       r"(?![^\n]*\((?:EUR|euro|eiro|€|LVL|Ls)\)[ \t]*$)"
                       # (the heading's programme and kind words may open it: "LIFE Integrētais projekts: …")
                       # (not its number: "Projekts: Nr. 16-09-AL18-… īstenots!" names no project)
                       rf"|(?:(?-i:[{UPPER}])[\w+\-]*[ \t]+){{0,3}}projekts[ \t]*:[ \t]*(?=(?-i:[\"'„“«{UPPER}]))(?!nr\.?[ \t]*\d))"
                       r"(?P<name>[^\n]{3,200}?)[ \t.]*$", re.I | re.M)
# A project card's heading line: a contract number with "/" and the quoted name ("Nr. 4.3.3.2/1/24/I/002 “…”").
# A contract code closing a "… projekts: …" heading line after the title, without "Nr.": "… optimizācija
# LIFE19 IPE/LV/000010" (a programme's short code may stand before the slashed part, which holds a digit).
TRAILING_CODE = re.compile(r"[ \t]+(?P<number>(?:[A-Z]{2,8}\d{0,4}[ \t]+)?(?=[\w./\-]*\d)[\w.\-]+/[\w./\-]*\w)[ \t.]*$")
CARD_NUMBER = re.compile(r"^[ \t]*(?:Nr\.?|nr\.?)[ \t]*(?P<number>[\w.\-]*/[\w./\-]*\w)[ \t]+(?=[\"'„“«])", re.M)
# A field line's unquoted name closed by its quoted short name after a dash ("Projekts: Vidzemes
# piekrastes mantojuma iekļaušana tūrisma pakalpojumos – “Saviļņojoša Vidzeme”"): the words before
# the dash (three at least) are the name, the quoted ones its alias. One anchored match per line.
DASH_ALIAS = re.compile(rf"(?P<name>[^\n]*?\S(?:[ \t]+\S+){{2,}}?)[ \t]*[{DASH_CHARS}][ \t]*"
                        rf"[{OPENING_QUOTES}](?P<alias>[^{OPENING_QUOTES}{CLOSING_QUOTES}\n]{{2,60}})[{CLOSING_QUOTES}][ \t.]*$")
CARD_YEAR = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*\.?\s*\)$")
# A contract code right after the quoted name, without "Nr.": "Projekts “…” 2013.EEZ/PP/1/MEC/099"
# (a digit, a "/" and a letter or a second "/": not a word, nor a season "2014/2015", "2018./2019.gadā").
CODE_AFTER_NAME = re.compile(r"[ \t]*(?!(?:19|20)\d\d\.?/(?:19|20)\d\d)(?P<number>(?=[\w.\-]*\d)(?=[\w./\-]*(?:[^\W\d_]|/[\w.\-]*/))[\w.\-]+/[\w./\-]*\w)")
# (the project word abbreviated too: "… veicināšana Proj. nr. 101073829")
PROJECT_NUMBER = re.compile(r"(?<!\w)(?:projekt\w*[ \t]+|proj\.[ \t]*)" + CONTRACT_NUMBER, re.I)
# A quotation that closes its clause (its closing quote before ".", ";", "," or the line's end).
CLAUSE_END = re.compile(r"[ \t]*(?:[.;,]|\n|$)")
# A quoted headline with a word or two after a dash, the project's status: "“Youth today, leaders tomorrow” - Atbalstīts".
QUOTED_WITH_STATUS = re.compile(r"[„“\"«](?P<name>[^„“”\"«»\n]{3,150})[”“\"»][ \t]*[–—-][ \t]*[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t.!]*")
# A code alone in a bracket's last part, without "Nr.": "(ELFLA, 25-09-CL03-C0LA19.2201-000003)" (digits and
# at least two "-" or "/": not a year or a span of years).
BARE_CODE = re.compile(r"^\s*(?P<number>(?=[\w./\-]*\d)(?=(?:[\w.]*[-/]){2})[A-Za-z0-9][\w./\-]{6,}\w)\s*$")
# A card's name label alone on its line, its value on the next one: "Projekta nosaukums, projekta Nr." /
# "“Āra lasītavas izveide Vijciemā” (Nr.20-09-AL12-A019.2202-000004)".
# (both lines may open with a list's bullet: " • Projekta nosaukums" / "  • Bērnu rotaļu laukuma ierīkošana")
LABEL_ALONE = re.compile(r"^[ \t]*(?:[•·▪][ \t]*)?(?:projekta|apakšprojekta)[ \t]+nosaukums(?:[ \t]*,[ \t]*projekta[ \t]+(?:nr\.?|numurs))?"
                         r"[ \t]*:?[ \t]*\n\s*(?:[•·▪][ \t]*)?(?P<value>[^\n]{3,200})$", re.I | re.M)
# A card headline's own number at its end: "Bērnu rotaļu laukuma ierīkošana … Nr.17-03-AL21-A019.2204-000001".
GLUED_NUMBER = re.compile(r"[ \t]+(?:Nr\.?|nr\.?)[ \t]*(?P<number>(?=[\w./\-]*\d)[\w./\-]*\w)[ \t.]*$", re.M)
# (also a card's "Identifikācijas numurs Nr. 10-01-LL33-…" line)
NUMBER_LINE = re.compile(r"^[ \t]*(?:(?:projekta|līguma|vienošanās)\s+(?:numurs|nr\.?)|identifikācijas\s+numurs(?:\s+nr\.?)?)\s*[:–—-]?\s*(?P<number>[\w./\-]*\d[\w./\-]*\w)", re.I | re.M)


# A web address or an e-mail is no name, quoted or not: "mājas lapā “www.fonds.lv.” Projektus …".
# (an e-mail's domain holds a dot: "Latvija@Pasaule" is a name written with "@", no address)
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.\-]+(?:@[\w\-]+(?:\.[\w\-]+)+|\.(?:lv|com|eu|org|net|lt|ee|info))(?:/\S*)?\.?", re.I)

# A name after a project's number whose opening quote was left out, only its closing one typed:
# "projekta Nr. 12-34 Ceļu atjaunošana Ozolu pagastā” ietvaros" (from a capital letter, no quote
# inside, the closing quote before "ietvaros" or the clause's end).
CLOSING_ONLY_NAME = re.compile(rf"(?P<name>[{UPPER}][^\n„“”\"«»]{{3,200}}?)[”\"»](?=[ \t]*(?:ietvaros\b|[.,;:)]|$))")


_FOREIGN_INSIDE = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|[qwxyQWXY]")
# Latvian case endings end in a vowel, "s", "š" or "m" (dative "-am", "-im"); a word ending in any
# other letter is no inflected Latvian word.
_NOT_LATVIAN_END = frozenset("bcdfghjklnprtvz")
LATVIAN_LETTERS = re.compile(r"[āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ]")


def looks_foreign(word: str) -> bool:
    """Whether a word of the Latin alphabet looks like no Latvian word: a capital or a digit inside
    ("BlueRoad", "Sea2Land"), a q/w/x/y, or a last letter no Latvian case ending has ("Baltic")."""
    word = word.rstrip("+-&")
    return bool(word) and (bool(_FOREIGN_INSIDE.search(word)) or word[-1].lower() in _NOT_LATVIAN_END)
