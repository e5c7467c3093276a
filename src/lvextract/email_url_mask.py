"""E-mails and URLs that tokenization keeps whole: Stanza's mask, in linear time.

Used by stanza_decoding.py on our own inference's labels, and installed into Stanza by
segmentation.py for its own pipeline."""
import re

# Stanza keeps e-mails and URLs whole with one regex (stanza.models.tokenization.utils.MASK_RE)
# that backtracks quadratically: its e-mail local part and its bare-domain URL branch are
# retried from every position of a long run of letters, digits and dots ("12.12.12…" of
# 100 KB took minutes). The same expressions, allowed to start only where such a run
# starts, find the same matches in linear time.
_EMAIL_LOCAL_CHARS = r"a-z0-9!#$%&'*+/=?^_`{|}~-"
_LINEAR_EMAIL = (
    rf"(?<![.{_EMAIL_LOCAL_CHARS}])(?:[{_EMAIL_LOCAL_CHARS}]++(?:\.[{_EMAIL_LOCAL_CHARS}]++)*+)"
    r"@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
)
_LINEAR_URL = (
    r"""(?:https?:\/\/(?:www\.|(?!www))[a-zA-Z0-9][a-zA-Z0-9-]+[a-zA-Z0-9]\.[^\s"]{2,}"""
    r"""|www\.[a-zA-Z0-9][a-zA-Z0-9-]+[a-zA-Z0-9]\.[^\s"]{2,}"""
    r"""|https?:\/\/(?:www\.|(?!www))[a-zA-Z0-9]+\.[^\s"]{2,}|www\.[a-zA-Z0-9]+\.[^\s"]{2,})"""
    r"""|(?<![a-zA-Z0-9])[a-zA-Z0-9]++\.(?:gov|org|edu|net|com|co)(?:\.[^\s"]{2,})"""
)
LINEAR_MASK_RE = re.compile(f"(?:{_LINEAR_EMAIL}|{_LINEAR_URL})")
