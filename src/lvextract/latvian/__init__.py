"""The Latvian language's resources and helpers, in one place, for every stage to share.

  orthography   the letter classes, quote characters and dashes written the same in many modules
  lemmas        the stemmer (`stem`) and the lemmatizer (`lemma`, `restore_case`)
  names         person names back to the nominative (`nominative`, `is_given_name`)
  places        venue names back to the nominative, venues and street addresses of a clause
  money         currency words and scale words: which number is money, in which currency

and their data, data/: abbreviations.toml (the sentence breaks of repairs), calendar.toml (months
and the words of relative dates, read by temporal/), places.toml (place and venue words), money.toml (currencies and scale words),
given_names.json and lemmas.json.gz (built by scripts/build_given_names.py and build_lemmas.py).

An extractor's own vocabulary stays beside the extractors, in extractors/data/.
"""
