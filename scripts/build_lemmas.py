"""Build lvextract's Latvian lemma table from the LVTB treebank, and measure it.

    python scripts/build_lemmas.py             # writes src/lvextract/latvian/data/lemmas.json.gz
    python scripts/build_lemmas.py --evaluate  # also: accuracy on held-out sentences, speed
    (--lvtb DIR when the treebank is not at ../shared/data/lvtb, e.g. from a worktree)

The table has two parts, both learned from (form, lemma, UPOS) in the treebank:
- a form → lemma lookup (lower-cased forms; the most frequent lemma), overall and per UPOS;
- suffix-rewrite rules for words the lookup lacks: for each word ending up to MAX_SUFFIX
  letters, the most frequent "drop n letters, add these" change among the distinct
  training forms with that ending (so "bezdarbniekiem" borrows from "darbiniekiem").
Rules that say the same as a shorter ending are dropped; that keeps the file small.
Then forms the treebank implies but does not show join the lookup where no seen form claims
them (_derived_forms): each lemma as a form of itself, each infinitive's third-person present.

Evaluation (the figures MODEL_CARD.md quotes): the table is rebuilt from the training
files only (2017 train + 2025 dev), and scored on the 2023-test sentences whose text is
not in them, for NOUN / ADJ / PROPN tokens, overall and for forms the lookup lacks.
The shipped table is built from all three files.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LVTB = REPO.parent / "shared" / "data" / "lvtb"
TRAIN_FILES = ("lv-ud2017-train.conllu", "lv_lvtb-ud-dev.conllu")
HELD_OUT_FILE = "lv_lvtb-ud2023-test.conllu"
OUT = REPO / "src" / "lvextract" / "latvian" / "data" / "lemmas.json.gz"
MAX_SUFFIX = 7
MIN_SUPPORT = 3
POS_WITH_RULES = ("NOUN", "PROPN", "ADJ", "VERB", "ADV", "NUM", "DET", "PRON")
EVAL_POS = ("NOUN", "ADJ", "PROPN")
REPORT_POS = EVAL_POS + ("VERB",)  # reported apart; "all" / "known" / "unknown" stay NOUN + ADJ + PROPN
SELF_FORM_POS = ("NOUN", "ADJ", "PROPN", "VERB")
PRESENT_PURITY = 0.9
DERIVED_FORMS = True


def modern_adjective_lemma(lemma: str, feats: str) -> str:
    """The 2017 release lemmatised a feminine adjective to the feminine ("dažādas" → "dažāda");
    later releases (and this table) to the masculine ("dažāds", definite "otrais")."""
    if "Gender=Fem" not in feats:
        return lemma
    if lemma.endswith("a"):
        return lemma[:-1] + "s"
    if lemma.endswith("ā"):
        return lemma[:-1] + "ais"
    return lemma


def read_conllu(path: Path, seen: set[str]) -> list[list[tuple[str, str, str, str]]]:
    """Sentences of (form, lemma, upos, feats), skipping sentences whose text is already in `seen`."""
    old_release = "2017" in path.name
    sentences = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = block.strip("\n").splitlines()
        text = next((line[9:] for line in lines if line.startswith("# text = ")), None)
        if text is None or text in seen:
            continue
        seen.add(text)
        words = []
        for line in lines:
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                lemma = modern_adjective_lemma(cols[2], cols[5]) if old_release and cols[3] == "ADJ" else cols[2]
                words.append((cols[1], lemma, cols[3], cols[5]))
        sentences.append(words)
    return sentences


def rewrite(form: str, lemma: str) -> tuple[int, str]:
    """(letters to drop from the end of form, letters to add) that turn form into lemma."""
    p = 0
    while p < min(len(form), len(lemma)) and form[p] == lemma[p]:
        p += 1
    return len(form) - p, lemma[p:]


def _best_rules(pairs: Counter) -> dict[str, tuple[int, str]]:
    """Most frequent rewrite per word ending, counted over distinct (form, lemma) types."""
    by_suffix: dict[str, Counter] = defaultdict(Counter)
    for (form, lemma), _count in pairs.items():
        drop, add = rewrite(form, lemma)
        for k in range(max(drop, 1), min(MAX_SUFFIX, len(form) - 1) + 1):
            by_suffix[form[-k:]][(drop, add)] += 1
    # An ending seen in fewer than MIN_SUPPORT distinct forms says more about that word than
    # about the ending; the shorter ending decides instead.
    best = {s: c.most_common(1)[0][0] for s, c in by_suffix.items() if sum(c.values()) >= MIN_SUPPORT or len(s) == 1}
    kept = {}
    for suffix in sorted(best, key=len):
        parent = next((suffix[-k:] for k in range(len(suffix) - 1, 0, -1) if suffix[-k:] in kept), None)
        inherited = kept[parent] if parent else (0, "")
        if best[suffix] != inherited:
            kept[suffix] = best[suffix]
    return {s: list(r) for s, r in kept.items()}


def _present_rules(sentences) -> dict[str, tuple[int, str]]:
    """Infinitive ending → its third-person present, learned from the treebank's own verbs
    ("rīkot" → "rīko", "aicināt" → "aicina", "organizēties" → "organizējas"): for each
    infinitive ending, the rewrite the distinct verbs with that ending share, kept only where
    at least PRESENT_PURITY of them (and MIN_SUPPORT) agree (-ēt splits: "redzēt" → "redz")."""
    pairs = {(lemma.lower(), form.lower()) for sentence in sentences for form, lemma, upos, feats in sentence
             if upos == "VERB" and all(f in feats for f in ("Mood=Ind", "Tense=Pres", "Person=3"))
             and "Polarity=Neg" not in feats and form.isalpha()}  # "neveido" ← "veidot" says nothing of endings
    by_ending: dict[str, Counter] = defaultdict(Counter)
    for infinitive, form in pairs:
        rule = rewrite(infinitive, form)
        for k in range(1, min(MAX_SUFFIX, len(infinitive) - 1) + 1):  # every ending votes: purity is honest
            by_ending[infinitive[-k:]][rule] += 1
    rules = {}
    for ending, counts in by_ending.items():
        (rule, top), total = counts.most_common(1)[0], sum(counts.values())
        if total >= MIN_SUPPORT and top >= PRESENT_PURITY * total:
            rules[ending] = rule
    return rules


def _derived_forms(sentences, forms: dict[str, str]) -> dict[str, str]:
    """Forms the treebank implies but does not show, for forms no entry claims:
    - a noun's, adjective's or verb's lemma is a form of itself ("skola", seen only as "skolas"),
      unless it is a masculine lemma's genitive too;
    - a known infinitive's third-person present, by the learned rules ("rīkot" → "rīko")."""
    lemmas = {lemma.lower() for sentence in sentences for _f, lemma, upos, _x in sentence
              if upos in SELF_FORM_POS and lemma.isalpha()}
    # "iedzīvotāja" (she) is also the genitive of "iedzīvotājs" (he): the masculine's form wins.
    derived = {lemma: lemma for lemma in lemmas
               if lemma not in forms and not (lemma.endswith("a") and lemma[:-1] + "s" in lemmas)}
    rules = _present_rules(sentences)
    infinitives = {lemma for sentence in sentences for _f, lemma, upos, _x in sentence
                   if upos == "VERB" and lemma.isalpha() and lemma.endswith(("t", "ties"))}
    for infinitive in sorted(infinitives):
        infinitive = infinitive.lower()
        ending = next((infinitive[-k:] for k in range(min(MAX_SUFFIX, len(infinitive) - 1), 0, -1)
                       if infinitive[-k:] in rules), None)
        if ending is None:
            continue
        drop, add = rules[ending]
        present = infinitive[: len(infinitive) - drop] + add
        if present not in forms and present not in derived:
            derived[present] = infinitive
    return derived


def build(sentences) -> dict:
    overall: dict[str, Counter] = defaultdict(Counter)
    by_pos: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sentence in sentences:
        for form, lemma, upos, _feats in sentence:
            if not any(ch.isalpha() for ch in form) or lemma == "_":
                continue
            form, lemma = form.lower(), lemma.lower()
            overall[form][lemma] += 1
            by_pos[upos][form][lemma] += 1
    forms = {f: c.most_common(1)[0][0] for f, c in overall.items()}
    forms_by_pos = {}
    for upos, table in by_pos.items():
        differing = {f: c.most_common(1)[0][0] for f, c in table.items() if c.most_common(1)[0][0] != forms[f]}
        if differing:
            forms_by_pos[upos] = differing
    type_pairs = Counter((f, forms[f]) for f in forms)
    pos_pairs = {upos: Counter((f, c.most_common(1)[0][0]) for f, c in table.items())
                 for upos, table in by_pos.items() if upos in POS_WITH_RULES}
    if DERIVED_FORMS:  # after the ending rules: those learn from forms the treebank shows
        forms.update(_derived_forms(sentences, forms))
    return {
        "source": "LVTB (Latvian UD treebank), CC BY-SA 4.0; built by scripts/build_lemmas.py",
        "max_suffix": MAX_SUFFIX,
        "forms": forms,
        "forms_by_pos": forms_by_pos,
        "suffixes": _best_rules(type_pairs),
        "suffixes_by_pos": {upos: _best_rules(p) for upos, p in pos_pairs.items()},
    }


def write(table: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with gzip.GzipFile(path, "wb", mtime=0) as handle:  # mtime=0: same input, same bytes
        handle.write(data)


def evaluate(train_sentences, held_out) -> dict:
    sys.path.insert(0, str(REPO / "src"))
    from lvextract.latvian.lemmas import Lemmatizer

    lemmatizer = Lemmatizer(build(train_sentences))
    # "known" = seen in the training text (not: in the table, which also holds derived forms),
    # so the split is the same whatever the table derives.
    seen_forms = {form.lower() for sentence in train_sentences for form, _l, _u, _f in sentence}
    results: dict[str, dict] = {}
    for name, hint in (("no_pos_hint", False), ("with_gold_upos_hint", True)):
        stats = Counter()
        for sentence in held_out:
            for form, lemma, upos, _feats in sentence:
                if upos not in REPORT_POS:
                    continue
                known = form.lower() in seen_forms
                guess = lemmatizer.lemma(form, upos if hint else None)
                ok = guess == lemma.lower()
                baseline = form.lower() == lemma.lower()
                keys = ("all", "known" if known else "unknown") if upos in EVAL_POS else ("VERB_" + ("known" if known else "unknown"),)
                for key in (upos,) + keys:
                    stats[key, "n"] += 1
                    stats[key, "ok"] += ok
                    stats[key, "identity_ok"] += baseline
        results[name] = {key: {"tokens": stats[key, "n"],
                               "accuracy": round(100 * stats[key, "ok"] / stats[key, "n"], 2),
                               "lowercase_baseline": round(100 * stats[key, "identity_ok"] / stats[key, "n"], 2)}
                         for key in ("all", "unknown", "known") + REPORT_POS + ("VERB_unknown", "VERB_known")
                               if stats[key, "n"]}
    words = [form for sentence in held_out for form, _, _, _ in sentence]
    started = time.perf_counter()
    for form in words:
        lemmatizer.lemma(form)  # uncached: the Lemmatizer object has no cache
    elapsed = time.perf_counter() - started
    results["speed_words_per_second_uncached"] = round(len(words) / elapsed)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lvtb", type=Path, default=LVTB)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--evaluate", action="store_true")
    args = parser.parse_args()

    seen: set[str] = set()
    train = [s for name in TRAIN_FILES for s in read_conllu(args.lvtb / name, seen)]
    held_out = read_conllu(args.lvtb / HELD_OUT_FILE, seen)
    if args.evaluate:
        print(json.dumps({"train_sentences": len(train), "held_out_sentences": len(held_out),
                          **evaluate(train, held_out)}, indent=2))
    table = build(train + held_out)
    write(table, args.out)
    print(f"{args.out}: {len(table['forms'])} forms, {len(table['suffixes'])} suffix rules, "
          f"{args.out.stat().st_size // 1024} KB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
