"""Closed vocabularies kept as data (extractors/data/<name>.toml), found in a Document.

One vocabulary is a TOML file with `[[entry]]` tables: `id`, `forms` (phrases matched on
stems, so every case and number form of each word counts) and optionally `exact` (strings
matched case-sensitively on the text, for abbreviations such as "ESF" or "ESF+").

Phrase syntax, word by word:
  `Sociālais`          the stem of the word (any case form of it)
  `Interreg*`          any word starting with "interreg" (lower-cased)
  `minoritātes|minoritāšu`  any of these words' stems (for stems the stemmer does not unify)
  `=ar`                exactly this word, lower-cased (prepositions, short words)
  `...`                up to six words of any kind ("pašvaldības ... no sava budžeta")
  `“name”`             one quoted name of up to four words ("PII “name” audzēkņi": "PII “Zīlīte” audzēkņi")
  `{funds}`            each phrase of the entry's list `funds` in turn (`lists = { funds = [...] }`):
                       one pattern for phrases that differ only there
Punctuation inside a phrase ("Patvēruma, migrācijas …") is optional in the text (a dash there
matches any dash: hyphen, en dash, em dash), and runs of white space or line breaks between
words are allowed, since the text keeps them as tokens.
Where two entries overlap, the longer mention wins ("ilgstošie bezdarbnieki" over
"bezdarbnieki", "ESF+" over "ESF").

The modules, each importing only those listed after it:
  `loading`      the data files, and one compiled Vocabulary per file and table
  `mentions`     Vocabulary.find: the mentions of a document, the longest winning an overlap
  `pattern_set`  PatternSet: spaCy's Matcher with only the patterns a document can match,
                 run on windows around where they can start
  `index`        TokenIndex: a document's tokens as the Matcher sees them, built once
  `needs`        Needs: the token tests a pattern requires, read from the pattern
  `phrases`      the phrase syntax above, turned into spaCy Matcher patterns
"""
from .index import TokenIndex, token_index
from .loading import load, vocabulary
from .mentions import Mention, Vocabulary, select_longest
from .needs import Needs
from .pattern_set import PatternSet
from .phrases import phrase_pattern

__all__ = ["Mention", "Needs", "PatternSet", "TokenIndex", "Vocabulary", "load", "phrase_pattern",
           "select_longest", "token_index", "vocabulary"]
