"""Read a report file (text in any common Chinese encoding, HTML, DOCX, PDF) into text.

`Document.source` is the file as decoded (or as extracted, for DOCX/PDF), `text` is
what the extractor reads, and `offsets` maps `text` back into `source` when they
differ (HTML), so that reported positions always point into the decoded input.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from array import array
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from govreport_cli import limits
from govreport_cli.lazy_pattern import LazyPattern


@dataclass
class Document:
    path: Path
    source: str  # the decoded file (.txt, .html) or the text extracted from it (.docx, .pdf)
    text: str  # what the extractor reads: `source`, or for HTML its visible text
    offsets: array | None  # None when text is source; else offsets[i] = index in source of text[i]
    encoding: str  # 'utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'gb18030', 'big5', 'cp950', 'docx', 'pdf', ...
    warnings: list[str] = field(default_factory=list)  # one line each, for the user


class UnreadableError(Exception):
    """One-line reason a user can act on, e.g. 'binary file, not a report'."""


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read one report; `encoding` forces a codec (the user's --encoding).
    Raises UnreadableError, with a one-line reason, for a file that cannot be read."""
    path = Path(path)
    data = _read_bytes(path)
    if not data:
        return Document(path, "", "", None, "utf-8", ["empty file"])
    kind = _kind(path, data)
    if kind in ("pdf", "docx"):
        from govreport_cli.documents import read_docx, read_pdf

        return read_pdf(path, data) if kind == "pdf" else read_docx(path, data)
    if len(data) > 4 * limits.MAX_TEXT_CHARS:  # 4 bytes a character at most (UTF-32)
        raise too_long()
    source, used, warnings = _decode(data, encoding, is_html=kind == "html")
    check_length(source)
    if not source or source.isspace():  # as `not source.strip()`, without copying the text
        return Document(path, source, source, None, used, warnings + ["empty file"])
    if kind == "html":
        from govreport_cli.html_text import visible_text

        text, offsets = visible_text(source)
        if not text.strip():
            warnings.append("no visible text in the page (is it filled in by JavaScript?)")
        return Document(path, source, text, offsets, used, warnings)
    return Document(path, source, source, None, used, warnings)


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file: a FIFO would block the run and /dev/zero never end,
    so the type is checked on the open file (no race), which is opened without blocking."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise UnreadableError("no such file") from None
    except PermissionError:
        raise UnreadableError("permission denied") from None
    except OSError as e:
        raise UnreadableError(f"cannot read: {e.strerror or e}") from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        raise UnreadableError("is a directory, not a file" if stat.S_ISDIR(status.st_mode) else "not a regular file")
    with os.fdopen(fd, "rb") as handle:
        try:
            # As much as the file holds: a read of MAX_FILE_BYTES allocates that much each time.
            data = handle.read(min(status.st_size, limits.MAX_FILE_BYTES) + 1)
            if len(data) > status.st_size:  # it grew, or says size 0 (/proc): the rest, up to the limit
                data += handle.read(limits.MAX_FILE_BYTES + 1 - len(data))
        except OSError as e:
            raise UnreadableError(f"cannot read: {e.strerror or e}") from None
    if len(data) > limits.MAX_FILE_BYTES:
        raise UnreadableError(f"larger than {limits.MAX_FILE_BYTES >> 20} MB; not a report")
    return data


def too_long() -> UnreadableError:
    return UnreadableError(f"text longer than {limits.MAX_TEXT_CHARS} characters; not a report (split it)")


def check_length(text: str) -> None:
    if len(text) > limits.MAX_TEXT_CHARS:
        raise too_long()


# ---------------------------------------------------------------- formats

_HTML_SUFFIXES = {".html", ".htm", ".shtml", ".xhtml"}
_HTML_START = LazyPattern(rb"(\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b",
                         re.I | re.S, stdlib=True)


def _kind(path: Path, data: bytes) -> str:
    """The format: by extension, else by content, so that saved pages and
    downloads without a proper extension still read right."""
    suffix = path.suffix.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: old Word/WPS, or an encrypted .docx
        raise UnreadableError("old Word/WPS (.doc) or password-protected document; save it as .docx or .txt")
    if suffix == ".pdf" or data.startswith(b"%PDF-"):
        return "pdf"
    if suffix == ".docx" or data.startswith(b"PK\x03\x04"):
        return "docx"
    if data.startswith(b"{\\rtf"):
        raise UnreadableError("RTF document; save it as .docx or .txt")
    if suffix in _HTML_SUFFIXES or _HTML_START.match(data[:4096]):  # (a page saved as .txt is a page still)
        return "html"
    return "text"


# ---------------------------------------------------------------- encodings

_BOMS = (  # UTF-32 first: its LE BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# GB2312 and GBK are subsets of GB18030; Big5 files come from several vendors' variants.
_FAMILIES = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030",
             "big5": "big5", "cp950": "big5", "big5hkscs": "big5"}
_VARIANTS = {"gb18030": ("gb18030",), "big5": ("big5", "cp950", "big5hkscs")}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1a\x1b") + b"\x7f"
_META_CHARSET = LazyPattern(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.I, stdlib=True)


def _decode(data: bytes, forced: str | None, is_html: bool) -> tuple[str, str, list[str]]:
    """The decoded text, the codec used and warnings."""
    if forced:
        codec = _lookup(forced)
        if codec is None:
            raise UnreadableError(f"unknown encoding '{forced}'")
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        return _decode_as(data, _variants(codec), forced)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, (codec,), f"{codec} (byte-order mark)")
    if b"\x00" in data[:4096] and (utf16 := _sniff_utf16(data)):
        return utf16
    if _is_binary(data):
        raise UnreadableError("binary file, not a report")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if is_html:  # the page's own <meta charset>, if it is a codec and the bytes fit it
        m = _META_CHARSET.search(data[:8192])
        codec = m and _lookup(m.group(1).decode("ascii"))
        for variant in _variants(codec) if codec else ():
            try:
                return data.decode(variant), variant, []
            except UnicodeDecodeError:
                pass
    return _detect_chinese(data)


def _lookup(name: str) -> str | None:
    """Python's canonical name of a text codec, or None."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _variants(codec: str) -> tuple[str, ...]:
    """The codecs to try, in order, for a file said or guessed to be in `codec`."""
    family = _FAMILIES.get(codec)
    return _VARIANTS[family] if family else (codec,)


def _decode_as(data: bytes, variants: tuple[str, ...], name: str) -> tuple[str, str, list[str]]:
    """Decode in a codec that is known (a BOM, the user's --encoding): strictly in the
    first variant that fits, else tolerating a few damaged bytes, else refuse."""
    error = None
    for variant in variants:
        try:
            return data.decode(variant), variant, []
        except UnicodeDecodeError as e:
            error = error or e
    damaged = _damaged(data, variants[0])
    if damaged:
        return damaged
    raise UnreadableError(f"cannot decode as {name}: invalid bytes from byte {error.start}")


def _damaged(data: bytes, codec: str) -> tuple[str, str, list[str]] | None:
    """A reading with a few undecodable bytes replaced (a damaged or truncated file), or None."""
    text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    if bad * 1000 > len(text):
        return None
    return text, codec, [f"{bad} undecodable byte sequence(s) replaced by U+FFFD (read as {codec})"]


def _is_binary(data: bytes) -> bool:
    """Control bytes (NUL included) are rare in text and common in binary formats.
    Every ASCII-compatible Chinese encoding keeps bytes < 0x20 for control characters."""
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls * 50 > len(sample)


def _sniff_utf16(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-16 without a byte-order mark: NULs (the high byte of ASCII characters)
    mostly at either even or odd positions (the other side has the few like 一,
    U+4E00), and text that makes sense when decoded."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if even + odd < 8 or min(even, odd) * 3 > max(even, odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text, warnings = data.decode(codec), []
    except UnicodeDecodeError:  # a byte cut off or damaged: read it if only a few are wrong
        damaged = _damaged(data, codec)
        if damaged is None:
            return None
        text, _, warnings = damaged
    return (text, codec, warnings) if _sense(text) >= 0.6 else None


def _detect_chinese(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes that are not UTF-8 as the Chinese encoding whose reading makes sense.

    charset-normalizer (restricted to Chinese encodings) proposes, in its order of
    preference; every reading that decodes is then scored by its share of common
    characters, because Big5 bytes also decode as "valid" GB18030 and vice versa."""
    from charset_normalizer import from_bytes  # slow to import; most files never get here

    matches = from_bytes(data, cp_isolation=["gb18030", "big5", "cp950", "big5hkscs"])
    proposals = [_FAMILIES.get(m.encoding, m.encoding) for m in matches]
    readings = []
    for family in dict.fromkeys(proposals + ["gb18030", "big5"]):
        for variant in _variants(family):
            try:
                text = data.decode(variant)
            except UnicodeDecodeError:
                continue
            readings.append((_sense(text), variant, text))
            break
    if readings:
        score, codec, text = max(readings, key=lambda r: r[0])  # max keeps the first of equals
        if score >= 0.6:
            return text, codec, []
    # A damaged file: read it if only a few bytes are wrong, and say so. A legacy
    # reading must also make sense: nearly any bytes are "GB18030" with few errors.
    for codec in ("utf-8", "gb18030", "big5"):
        damaged = _damaged(data, codec)
        if damaged and (codec == "utf-8" or _sense(damaged[0]) >= 0.8):
            return damaged
    raise UnreadableError("cannot decode: tried utf-8, gb18030, big5; pass --encoding")


@cache
def _common_chars() -> frozenset[str]:
    """Common characters, simplified and traditional, with their punctuation:
    GB2312 level 1 (the 3755 most used hanzi) with its punctuation, full-width and
    pinyin rows, and Big5 level 1 (the 5401 common traditional characters) with its
    symbols. Built from the codecs themselves, so no table is shipped."""
    def pairs(codec, leads, trails):
        for lead in leads:
            for trail in trails:
                try:
                    yield bytes((lead, trail)).decode(codec)
                except UnicodeDecodeError:
                    pass
    return frozenset([
        *pairs("gb2312", [*range(0xB0, 0xD8), 0xA1, 0xA3, 0xA8], range(0xA1, 0xFF)),
        *pairs("big5", range(0xA1, 0xC6), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
        *pairs("big5", [0xC6], range(0x40, 0x7F)),  # level 1 ends at C67E
        "\xa0",
    ])


_NOT_PLAIN = LazyPattern(r"[^\t\n\r\x0b\x0c\x20-\x7e]", stdlib=True)


def _sense(text: str) -> float:
    """Share of the non-ASCII (and control) characters that are common Chinese
    characters or punctuation: near 1 for a right reading, low for mojibake."""
    odd = _NOT_PLAIN.findall(text, 0, 200_000)
    if not odd:
        return 1.0
    common = _common_chars()
    return sum(c in common for c in odd) / len(odd)
