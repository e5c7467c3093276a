"""Build src/lvextract/latvian/data/given_names.json: Latvian given names (and surnames) with gender.

Sources, noted in the output file too:
- the Latvian UD treebank (LVTB, CC BY-SA 4.0), its *.conllu files (by default in ../shared/data/lvtb/
  beside the repository, as for scripts/train_tokenizer.py): a person's
  name is annotated as a PROPN head with its surname attached by `flat:name`; the head's lemma
  is a given name, the dependent's lemma a surname, and the Gender feature gives the gender;
- the common Latvian given names listed by hand below (calendar names-day names), because the
  treebank alone misses many everyday names.

Run: .venv/bin/python scripts/build_given_names.py [LVTB_DIR]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

LVTB = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "lvtb"
OUT = Path(__file__).resolve().parent.parent / "src" / "lvextract" / "latvian" / "data" / "given_names.json"

NOT_GIVEN_NAMES = ("Andrs",)

# Common Latvian given names (names-day calendar), added by hand.
MASCULINE = """
Aigars Aivars Aldis Aleksandrs Aleksejs Alfrēds Andrejs Andris Anrijs Ansis Antons Arnis Arnolds
Artis Artūrs Arvīds Atis Augusts Austris Dainis Dairis Dāvis Dāvids Deniss Didzis Dmitrijs Edgars
Eduards Egils Einārs Elmārs Emīls Ēriks Ervīns Gatis Gints Gunārs Guntars Guntis Gustavs Harijs
Igors Imants Indriķis Ints Ivars Ivo Jānis Jāzeps Jēkabs Juris Jurijs Kārlis Kaspars Klāvs
Krišjānis Kristaps Krists Laimonis Leonīds Lauris Linards Ludis Mairis Māris Mārtiņš Matīss
Mareks Miķelis Modris Normunds Oļegs Oskars Osvalds Pauls Pēteris Raimonds Reinis Renārs Ričards
Rihards Roberts Romāns Rolands Rūdolfs Rūdis Rūsiņš Sandis Sergejs Sigurds Silvestrs Staņislavs
Toms Uldis Valdis Valentīns Valērijs Valters Vilis Viktors Vitālijs Vladimirs Voldemārs Zigmārs
Zigurds Ģirts Ģederts Jurģis Vilnis Uģis Žanis Aleksis Edmunds Agris Aldis Ainārs Ilmārs Kristiāns
Ēvalds Ojārs Visvaldis Valdemārs Kristers Nauris Niks Markuss Roberts Rainers Rūdolfs Raivis Raitis
Tālis Tomass Dzintars Jevgēņijs Nikolajs Pāvels Vadims Andris Arvis Armands Gunārs Helmuts
Aleksandrs Ronalds Rodrigo Oto Hugo Ādams Ādolfs Agnis Aigis Ainis Aldris Alvis Alvils Andžs Arvils
Askolds Atvars Aurēlijs Benedikts Bruno Dagnis Dailis Dāgs Egīls Einars Eižens Elvis Emils Ernests
Ēvalds Gaidis Girts Gunvaldis Haralds Heinrihs Ilgvars Ilgonis Inārs Ivis Jāzups Jurgis Justs
Kalvis Kārlis Klāvs Konstantīns Kristofers Krišs Leons Ludvigs Madars Mairis Mārcis Mārtiņš Miks
Mikus Monvīds Nikolass Olafs Olģerts Pēteris Raivo Reinholds Renāts Rihards Rinalds Rolands Rūdolfs
Rūdis Sandris Sergejs Sigvards Sintis Teodors Tenis Uvis Valdemārs Valtis Verners Viesturs Viesturs
Vilhelms Visvaldis Voldemārs Zigfrīds Ziedonis Žanis Gvido Ēriks Leo Ivans Mihails Artjoms Maksims
Kirils Genādijs Vjačeslavs Vladislavs Boriss Vasilijs Anatolijs Aleksandrs Jevgēnijs Ričards Eduards
Arturs Arkādijs Viktors Gints Jurģis Kristiāns Kristers Linards Aldis Arnis Ainārs Gvidons
Indulis Edvīns Ritvars Edijs Varis Roalds
Adams Adrians Aidis Aigo Aivo Alans Alfons Andžejs Antis Armīns Arno Arvo Aurelijs Baltazars Bernhards
Bertrams Boļeslavs Brencis Daniels Daniils Dominiks Donats Dzintris Dāniels Edvards Edžus Eigits Elgars Elijs
Elvijs Emanuels Eriks Erlends Feliks Filips Francis Fricis Gabriels Gaitis Gederts Georgs Gotfrīds Henriks
Herberts Hermanis Ignats Ilgmārs Ingars Ingmārs Ingus Ingvars Jaroslavs Jevgeņijs Jorens Juliāns Kristofs
Laimis Leonards Leopolds Lūkass Markus Martins Mintauts Mirons Norberts Olavs Otto Oļģerts Patriks Ralfs Ramons
Rasmuss Romualds Rutgers Saulvedis Sigismunds Sigmunds Sveins Tristans Tālrīts Ulrihs Vairis Viestards
Vikentijs Vilmārs Vitauts Zigismunds Zigmunds Ēdgars Bērtulis
"""
FEMININE = """
Agnese Agnija Aija Aina Aiva Alise Alla Anda Anete Anita Anna Antra Anžela Arita Aurika Astra
Baiba Beāte Biruta Daina Dace Dagnija Daiga Dana Diāna Dina Dita Dzintra Edīte Egija Elīna Elita
Elza Evija Evita Gunta Gita Guna Ilona Ilze Ina Inese Inga Ingrīda Ināra Iveta Ieva Ivita Irēna
Jana Janīna Jolanta Judīte Justīne Karīna Katrīna Kristīne Krista Laila Laima Lāsma Laura Lelde
Liene Lilita Līga Līva Linda Maija Mairita Mārīte Marija Marta Māra Maruta Monta Natālija Olga
Olita Rasma Rita Ruta Rūta Sandra Sanita Sarmīte Sigita Silvija Skaidrīte Solvita Sintija Svetlana
Tatjana Una Undīne Valda Vanda Velta Vija Vineta Zane Zaiga Zanda Zenta Zigrīda Žanna Ērika
Evelīna Gundega Ilga Ivanda Kristiāna Lauma Madara Māra Megija Paula Renāte Santa Signe Ilvija
Terēze Vita Agita Aelita Aldona Alīda Ilva Inta Iluta Jeļena Kitija Ligita Loreta Ludmila Maira
Nadežda Olga Oksana Regīna Rudīte Sabīne Simona Sniedze Solvita Valentīna Vēsma Zinaīda Kristīna
Evija Daiva Gunita Ilona Dzidra Dagmāra Anastasija Jūlija Viktorija Veronika Elvīra Larisa
Ance Anta Antra Agra Aiga Airita Alda Aldona Alīna Alise Amanda Anastasija Andra Anete Anitra Annija
Antoņina Ārija Asja Ausma Austra Baiba Benita Brigita Daila Dainuvīte Dārta Dina Dita Dzintra Egita
Elga Elīza Elvita Emīlija Ernestīne Estere Eva Evelīna Galina Gerda Gunda Gundega Gunita Helēna
Hanna Ilga Ilona Indra Inese Ineta Inita Irina Irita Iveta Ivonna Jautrīte Jeļena Jolanta Kamila
Karīna Katrīna Kitija Klinta Lana Laila Lelde Leontīne Lidija Lienīte Ligita Lilija Linda Līna
Liāna Lolita Lūcija Ludmila Madara Mairita Malda Mārīte Marika Marina Marita Marlēna Mārīte Megija
Melānija Milda Mirdza Monika Nadīna Nellija Nora Ņina Olīvija Patrīcija Paula Rasa Regīna
Renāte Rita Rudīte Rūta Samanta Sanda Sandra Sarmīte Sigita Silva Silvija Skaidrīte Sofija Stella
Tamāra Tīna Terēze Undīne Una Vaira Valda Valija Velga Vēsma Vija Viktorija Vineta Vita Vizma
Zaiga Zane Zelma Zenta Ziedīte Zinta Zita Inna Irīna Oksana Aelita Ilze Daiga Dzidra Inguna Ingūna
Gunta Iveta Kristīne Sanita Santa Agnese Baiba Ieva Liene Līga Signe Lāsma Anita Arita Dace
Agija Aira Aivija Alma Alvīne Antonija Eiženija Klāra Teiksma Unda Agate Tabita Laine Ritma Mudīte Kaiva
Adriana Agrita Aleksa Aleksandra Amālija Amēlija Arta Asnāte Astrīda Aurēlija Beatrise Berta Cecīlija Daira
Darja Dora Eleonora Elfrīda Elizabete Ella Emma Enija Erna Felicita Frīda Gabriela Gaida Genovefa Gertrūde
Hedviga Henrieta Hermīne Ildze Ilmāra Irma Irīda Jadviga Jogita Karina Karolīne Kintija Lavīze Lizete Lote
Līvija Magda Magdalēna Malvīne Margarita Margrieta Marianna Matilde Melita Otīlija Paulīne Rebeka Roberta
Rolanda Rozālija Selga Sendija Skaidra Solveiga Stefānija Susanna Tekla Teodora Terēza Ulrika Vaiva Valērija
Vanesa Vilhelmīne Vilma Virma Zilgma Žanete
"""


# Masculine surnames of the 4th/5th declension (Jānis Liepa, Andris Šķēle), added by hand: the
# case endings alone would read them as -s nouns.
MASCULINE_SURNAMES_IN_A_E = """
Liepa Priede Roze Zvaigzne Egle Apse Lapa Šķēle Zālīte Kaņepe Bite Vārna Pūce Dūja Ziemele Gulbe
Rudzīte Sprūde Vīksne Ābele Krūze Strode Strazde Cielava Zīle Dzene Irbe
"""


def read_sentences(path: Path):
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    if rows:
        yield rows


def gender_of(feats: str) -> str | None:
    for feat in feats.split("|"):
        if feat == "Gender=Masc":
            return "m"
        if feat == "Gender=Fem":
            return "f"
    return None


def looks_like_name(lemma: str) -> bool:
    return lemma[:1].isupper() and lemma.replace("-", "").isalpha() and len(lemma) > 2


def main() -> None:
    given: Counter[tuple[str, str]] = Counter()
    surnames: Counter[tuple[str, str]] = Counter()
    seen_texts: set[str] = set()
    for path in sorted(LVTB.glob("*.conllu")):
        for rows in read_sentences(path):
            key = " ".join(r[1] for r in rows)
            if key in seen_texts:  # the splits repeat sentences across releases
                continue
            seen_texts.add(key)
            by_id = {r[0]: r for r in rows}
            for r in rows:
                if r[7] != "flat:name" or r[3] != "PROPN":
                    continue
                head = by_id.get(r[6])
                if not head or head[3] != "PROPN" or int(head[0]) != int(r[0]) - 1:
                    continue
                g_head, g_dep = gender_of(head[5]), gender_of(r[5])
                if g_head and g_head == g_dep and looks_like_name(head[2]) and looks_like_name(r[2]):
                    given[(head[2], g_head)] += 1
                    surnames[(r[2], g_dep)] += 1
    given_names: dict[str, str] = {}
    for (name, gender), _n in given.most_common():
        given_names.setdefault(name, gender)
    for name in MASCULINE.split():
        given_names[name] = "m"
    for name in FEMININE.split():
        given_names[name] = "f"
    # Treebank lemmas that are no name: "Andrs" (the genitive "Andra" is Andris's, and with it
    # "pie Andra Kalniņa" came out "Andrs Kalniņš").
    for name in NOT_GIVEN_NAMES:
        given_names.pop(name, None)
    # A treebank lemma seen mostly as a surname is not a given name.
    surname_names = {}
    for (name, gender), n in surnames.most_common():
        if name not in given_names:
            surname_names.setdefault(name, gender)
    for name in MASCULINE_SURNAMES_IN_A_E.split():
        surname_names[name] = "m"
    out = {
        "source": "heads of flat:name PROPN pairs in the Latvian UD treebank LVTB (CC BY-SA 4.0) "
                  "with their Gender feature, plus common Latvian names-day "
                  "calendar names added by hand in scripts/build_given_names.py",
        "given_names": dict(sorted(given_names.items())),
        "surnames": dict(sorted(surname_names.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(given_names)} given names, {len(surname_names)} surnames → {OUT}")


if __name__ == "__main__":
    main()
