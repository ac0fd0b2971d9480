"""JSON Lines details of the exchange format: splitting a file into lines, duplicate keys."""
from __future__ import annotations

import json
import re
from typing import Any

# Between a key and its colon JSON allows only space, tab, line feed and carriage return.
_KEY = re.compile(r'"[ \t\n\r]*:')
_QUOTE_SPACE = re.compile(r'"[ \t\n\r]')  # a spaced key's quote: '"' and white space


def key_marks(lines: list[str], chunk: int = 20_000) -> int:
    """How many times ``"`` followed by ``:`` (blanks between allowed) occurs in all the lines.

    Every key of every object is followed by one such mark, so a line with no more marks than
    its object has keys has no key given twice. Counted over thousands of lines at a time (one
    text each, small enough to stay in the processor's cache): ``":`` exactly, plus every quote
    followed by white space, which each key of the rare spaced form has (a count, not a match
    of the whole form, and only ever more; when the text holds no tab, line feed or carriage
    return, a count of quote-space, a fifth of the time). Joining lines can only add marks,
    never hide one, so the count equals the sum of ``duplicate_key``'s per-line counts or
    exceeds it."""
    total = 0
    for start in range(0, len(lines), chunk):
        # Joined by a mark that is no white space, quote or colon: it makes no mark of its own.
        text = "\x00".join(lines[start:start + chunk])
        total += text.count('":')
        if "\t" in text or "\n" in text or "\r" in text:  # JSON allows these raw only as
            total += len(_QUOTE_SPACE.findall(text))  # white space between tokens: rare
        else:  # the only white space is the space: one count, not a pattern
            total += text.count('" ')
    return total


def duplicate_key(line: str, obj: Any) -> str | None:
    """A key given twice in one JSON object (JSON parsers keep the last silently).

    Every key is followed by ``":``; a line with no more of those than its object has keys has
    no duplicate, which spares almost every line the slow exact check."""
    if type(obj) is not dict or len(_KEY.findall(line)) <= len(obj):
        return None
    found: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            found.append(next(k for k in keys if keys.count(k) > 1))
        return dict(items)

    json.loads(line, object_pairs_hook=pairs)
    return found[0] if found else None


def split_lines(text: str) -> list[str]:
    """JSON Lines are separated by newlines only: U+2028, U+0085 and the like may stand raw
    inside a JSON string, where ``str.splitlines`` would cut the line in two."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]
