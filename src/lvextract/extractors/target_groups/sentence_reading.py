"""What a group's sentence says about it, for Reader (reader.py): whether its sentence presents,
helps, takes part or applies, whether the group hosts or organises (a verb of inviting or
organising with it as subject), and whether it stands in a list or a menu. The words are
target_groups.toml's [context] (lexicon.context)."""
from __future__ import annotations

import bisect
import re

from .forms import form
from .received_awards import receives_the_award
from .surveys import invited_to_survey

WORD = re.compile(r"[^\W\d_]+")


class SentenceReading:
    """Mixed into Reader, which sets doc, sdoc, ctx, _participation, list_regions, menu_regions
    and gives word / previous_word / word_at_or_after."""

    def sentence_answer(self, key, index: int, ask) -> bool:
        """`ask(sentence text)` once per sentence and question: many groups in one long sentence
        must not each search it again (issue 13: linear cost)."""
        answers = self.__dict__.setdefault("_sentence_answers", {})
        if (key, index) not in answers:
            answers[key, index] = ask(self.doc.sentence_text(index))
        return answers[key, index]

    def has_word_starting(self, index: int, beginnings: tuple[str, ...], lower: bool = True) -> bool:
        """Whether a token of sentence `index` begins with one of `beginnings` (its lower-case form
        if `lower`), answered once per sentence and question. The lower-case forms are the sentence's
        own (`Sentence.lowers`, made once for every reader), not made again per question."""
        sentence = self.doc.sentences[index]
        return self.sentence_answer(("words", beginnings, lower), index, lambda _: any(
            word.startswith(beginnings) for word in (sentence.lowers if lower else (t.text for t in sentence.tokens))))

    def has_word_in(self, index: int, words: frozenset[str]) -> bool:
        """Whether a token of sentence `index`, in lower case, is one of the whole `words`, answered
        once per sentence and question (on `Sentence.lowers`, made once per sentence)."""
        return self.sentence_answer(("whole words", words), index,
                                    lambda _: not words.isdisjoint(self.doc.sentences[index].lowers))

    def in_sentence_with(self, index: int, pattern: re.Pattern) -> bool:
        """Whether `pattern` occurs in sentence `index`, searched once per sentence and pattern."""
        return self.sentence_answer(pattern.pattern, index, lambda t: bool(pattern.search(t)))

    def in_sentence_at(self, char: int, pattern: re.Pattern) -> bool:
        """Whether `pattern` occurs in the sentence at `char` (searched once per sentence and pattern)."""
        index = self.doc.sentence_index(char)
        return index is not None and self.in_sentence_with(index, pattern)

    def in_inviting_sentence(self, char: int) -> bool:
        """Whether the sentence at `char` holds a word of inviting anywhere in it (`inviting_words`, as
        substrings of its lower-case text: "aicināti", "uzaicinājām"), searched once per sentence."""
        index = self.doc.sentence_index(char)
        return index is not None and self.sentence_answer("inviting", index, lambda t: any(
            w in t.lower() for w in self.ctx.inviting_words))

    def in_presenting_sentence(self, char: int) -> bool:
        return self.in_sentence_at(char, self.ctx.presenting)

    def thanked(self, token) -> bool:
        """"Paldies par organizēšanu … Latvijas Sieviešu invalīdu apvienībai": an organisation in the
        dative after a word of thanks earlier in its sentence is thanked as a helper; its members are
        not those served (not "Tukuma Neredzīgo biedrība rīko ekskursiju": it acts for them)."""
        if "dative" not in form(token.text):
            return False
        index = self.doc.sentence_index(token.idx)
        if index is None:
            return False
        firsts = self.__dict__.setdefault("_first_thanks", {})
        if index not in firsts:
            start = self.doc.sentences[index].start
            firsts[index] = next((start + m.start() for m in WORD.finditer(self.doc.sentence_text(index))
                                  if m.group().lower().startswith(self.ctx.thanking)), None)
        return firsts[index] is not None and firsts[index] < token.idx

    def in_training_sentence(self, char: int) -> bool:
        """Whether the sentence at `char` names a course or a training (`visited_for_training`:
        "seminārā par ziedojumu uzskaiti", "rehabilitācijas kursa dalībnieku vidū")."""
        index = self.doc.sentence_index(char)
        return index is not None and self.has_word_starting(index, self.ctx.visited_for_training)

    def in_helping_sentence(self, char: int) -> bool:
        return self.in_sentence_at(char, self.ctx.helping)

    def in_participation_sentence(self, char: int) -> bool:
        index = self.doc.sentence_index(char)
        if index is None:
            return False
        # Those who perform, present, volunteer or answer a survey are not the ones served.
        # (but those invited to answer one are invited: "aicinām biedrības aizpildīt aptaujas anketu")
        if self.sentence_answer("participation", index, lambda sentence: bool(
                self.ctx.participation.search(sentence)) and (
                not self.ctx.presenting.search(sentence) or invited_to_survey(self.ctx.presenting, sentence))):
            return True
        return self._invited_beside_presenters(index, char)

    def _invited_beside_presenters(self, index: int, char: int) -> bool:
        """"Koncertā uzstāsies skolas skolēni, laipni aicināti visi seniori", "Svētkos piedalījās
        ģimenes, ar priekšnesumiem priecēja bērni": a part of the sentence between commas that invites
        or tells of taking part and presents nothing takes its group as the one taking part, whatever
        the performers of the other part. Each part is read once."""
        if not self.sentence_answer("presenting", index, lambda sentence: bool(self.ctx.presenting.search(sentence))):
            return False
        def invites(part: str) -> bool:
            first = WORD.search(part)
            # (not a relative clause: in "uzņēmumiem, kuri nodarbina personas ar …" its verb is the firms')
            return bool(self.ctx.participation.search(part)) and not self.ctx.presenting.search(part) \
                and not (first and first.group().lower() in self.ctx.list_ends) \
                and not receives_the_award(part, self.doc.sentence_text(index), self.ctx.participation, self.ctx.awards)
        return self.part_answer("inviting", index, char, invites)

    def part_answer(self, key, index: int, char: int, ask) -> bool:
        """`ask(part text)` of the part of sentence `index` between commas (or semicolons) that holds
        `char`, once per part and question."""
        start = self.doc.sentences[index].start
        commas = self.__dict__.setdefault("_part_commas", {})
        if index not in commas:
            commas[index] = [m.start() for m in re.finditer(r"[,;]", self.doc.sentence_text(index))]
        cuts = commas[index]
        k = bisect.bisect_left(cuts, char - start)
        low = cuts[k - 1] + 1 if k else 0
        parts = self.__dict__.setdefault("_part_answers", {})
        if (key, index, low) not in parts:
            high = cuts[k] if k < len(cuts) else self.doc.sentences[index].end - start
            parts[key, index, low] = ask(self.doc.text[start + low:start + high])
        return parts[key, index, low]

    def in_applying_sentence(self, char: int) -> bool:
        """A sentence that says who may hand in projects ("uzņēmēji var iesniegt projektus")."""
        return self.in_sentence_at(char, self.ctx.applying)

    def hosts(self, char: int, head: int) -> bool:
        """Whether the group whose head is token `head` is the subject of an inviting or waiting verb,
        hence the host: "skolotāji gaidīs absolventus", "jūs aicinās dienesta darbinieki". Only a
        masculine plural nominative ("-i", "-ie"; the feminine one is the accusative too), and only
        where the word of taking part nearest to it is such an active verb ("aicināti", "gaidīti"
        and "pieteikties" make the nominative the invited one; in "aicinās dienesta darbinieki un
        varēs apskatīt apmeklētāju darbus" the hosts are the ones "aicinās" speaks of)."""
        word = self.sdoc[head].text
        if word.isupper() or not word.lower().endswith(("i", "ie")):
            return False
        index = self.doc.sentence_index(char)
        if index is None:
            return False
        words = self.participation_words(index)
        return bool(words) and bool(self.ctx.hosting.fullmatch(_nearest(words, char)[1]))

    def hosting_verb_before(self, start: int, across_quote: bool = False) -> bool:
        """Whether a verb of inviting or organising stands up to three words before token `start`
        (with `across_quote`, also before the quote a name opens with: "Sacensības organizē “Bērnu un
        jauniešu apvienība …”" — the organiser named after its members, no one served)."""
        return self.verb_before(start, 3, self.ctx.hosting, self.ctx.organising, across_quote=across_quote)

    def verb_before(self, start: int, words: int, *verbs: re.Pattern, across_quote: bool = False) -> bool:
        """Whether one of `verbs` is one of the `words` words before token `start`, in its
        sentence and with no punctuation between (not a headline's verb above: "Rīkos kongresu" / "Pārstāvji …");
        with `across_quote`, an opening quote between is passed over."""
        i: int | None = start
        for _ in range(words):
            if self.sdoc[i].is_sent_start:
                return False
            i = self.previous_word(i)
            if across_quote and i is not None and self.opens_quote(i) and not self.sdoc[i].is_sent_start:
                i = self.previous_word(i)  # (the quote is no word)
            if i is None or self.sdoc[i].is_punct:
                return False
            word = self.word(i)
            if any(verb.fullmatch(word) for verb in verbs):
                return True
        return False

    def organises(self, start: int, end: int) -> bool:
        """Whether the group from token `start` to `end` is the subject of an organising verb right
        before it (past up to three words that qualify it) or right after it: "pasākumu organizēs
        domes speciālisti", "speciālisti rīkoja semināru" — the organisers, not the audience."""
        after = self.word_at_or_after(end)
        if after is not None and self.ctx.organising.fullmatch(self.word(after)):
            return True
        return self.verb_before(start, 4, self.ctx.organising)

    def participation_words(self, index: int) -> list[tuple[int, str]]:
        """The words of taking part in sentence `index` with their offsets, found once per sentence."""
        words = self._participation.get(index)
        if words is None:
            sentence = self.doc.sentences[index]
            words = self._participation[index] = [(m.start(), m.group()) for m in self.ctx.participation.finditer(
                self.doc.text, sentence.start, sentence.end)]
        return words

    def in_list(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.list_regions)

    def in_menu(self, char: int) -> bool:
        return any(start <= char < end for start, end in self.menu_regions)


def _nearest(words: list[tuple[int, str]], char: int) -> tuple[int, str]:
    """Of words sorted by offset, the one nearest `char` (the earlier on a tie, as min() gave):
    O(log n), so asking per group stays linear in a long sentence."""
    i = bisect.bisect_left(words, (char, ""))
    around = words[max(0, i - 1):i + 1]
    return min(around, key=lambda w: abs(w[0] - char))
