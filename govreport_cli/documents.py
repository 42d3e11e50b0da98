"""Text out of DOCX and PDF files, with their size limits.

Imported only for such a file: a start-up that reads plain text does not compile this code.
"""
from __future__ import annotations

import io
import re
import zlib
from pathlib import Path

from govreport_cli import limits
from govreport_cli.reading import Document, UnreadableError, check_length, too_long


def read_docx(path: Path, data: bytes) -> Document:
    try:
        import docx
        from docx.table import Table, _Cell
    except ImportError:
        raise UnreadableError("reading .docx needs python-docx: pip install python-docx") from None
    _check_members(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises zip, XML and key errors alike for a bad package
        raise UnreadableError("not a valid .docx (Word) document") from None

    def block_text(block) -> str:
        if not isinstance(block, Table):
            return block.text
        rows = []
        for tr in block._tbl.tr_lst:
            # Each cell as stored, once: `row.cells` repeats merged cells, which would repeat their figures.
            cells = (_Cell(tc, block) for tc in tr.tc_lst)
            # A cell's paragraphs (and nested tables) on one line keep the row on one line.
            rows.append("\t".join(" ".join(filter(None, map(block_text, c.iter_inner_content()))) for c in cells))
        return "\n".join(rows)

    text = "\n".join(block_text(b) for b in document.iter_inner_content())
    check_length(text)
    warnings = [] if text.strip() else ["no text in the document"]
    return Document(path, text, text, None, "docx", warnings)


def _check_members(data: bytes) -> None:
    """Refuse a DOCX with a member that unpacks past the limit (a zip bomb), before unpacking.
    The sizes are those the zip declares; zipfile stops reading a member at its declared size."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # python-docx says that it is not a valid .docx
    for member in members:
        if member.file_size > limits.MAX_DOCX_MEMBER:
            name = " ".join(member.filename.split())  # one line whatever the zip holds
            raise UnreadableError(f"{name} unpacks to over {limits.MAX_DOCX_MEMBER >> 20} MB; not a report")


_CID = re.compile(r"\(cid:\d+\)")


class _TooLarge(Exception):
    pass


class _BoundedZlib:
    """What pdfminer's stream decoder uses of zlib, with the inflated size bounded: it calls
    zlib.decompress(data), which would inflate a 3 MB stream to gigabytes and abort."""

    error = zlib.error

    @staticmethod
    def decompressobj():
        return _BoundedInflater()

    @staticmethod
    def decompress(data: bytes) -> bytes:
        inflater = _BoundedInflater()
        out = inflater.decompress(data)
        if not inflater.eof:
            raise _BoundedZlib.error("incomplete or truncated stream")  # as zlib.decompress
        return out


class _BoundedInflater:
    def __init__(self):
        self._inflater = zlib.decompressobj()
        self._size = 0

    @property
    def eof(self) -> bool:
        return self._inflater.eof

    def copy(self) -> _BoundedInflater:
        twin = _BoundedInflater()
        twin._inflater, twin._size = self._inflater.copy(), self._size
        return twin

    def decompress(self, data: bytes) -> bytes:
        out = self._inflater.decompress(data, limits.MAX_PDF_STREAM + 1 - self._size)
        self._size += len(out)
        if self._size > limits.MAX_PDF_STREAM or self._inflater.unconsumed_tail:
            raise _TooLarge()
        return out


def _inflate_damaged(data: bytes) -> bytes:
    """What inflates of a stream whose checksum is damaged, as pdfminer's decompress_corrupted
    (an error is allowed in the last 3 bytes only), but linear: that one feeds zlib a byte at a
    time and joins the output quadratically (minutes for a 40 KB PDF). Bounded too."""
    inflater, out, step = _BoundedInflater(), [], 65536
    for start in range(0, len(data), step):
        before = inflater.copy()
        try:
            out.append(inflater.decompress(data[start:start + step]))
            continue
        except zlib.error:
            inflater = before  # the damage is in this piece: inflate it up to there
        for i in range(start, min(start + step, len(data))):
            try:
                out.append(inflater.decompress(data[i:i + 1]))
            except zlib.error:
                if i < len(data) - 3:
                    raise
                break
        break
    return b"".join(out)


def _bounded_lzw(data: bytes) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out, size = [], 0
    for piece in LZWDecoder(io.BytesIO(data)).run():
        size += len(piece)
        if size > limits.MAX_PDF_STREAM:
            raise _TooLarge()
        out.append(piece)
    return b"".join(out)


def _pdf_text(data: bytes) -> str:
    """pdfminer's extract_text, with the pages counted and the streams bounded."""
    from pdfminer import pdftypes
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    # the decoders its streams call
    pdftypes.zlib, pdftypes.decompress_corrupted, pdftypes.lzwdecode = _BoundedZlib, _inflate_damaged, _bounded_lzw
    out = io.StringIO()
    manager = PDFResourceManager()
    interpreter = PDFPageInterpreter(manager, TextConverter(manager, out, laparams=LAParams()))
    for number, page in enumerate(PDFPage.get_pages(io.BytesIO(data)), 1):
        if number > limits.MAX_PDF_PAGES:
            raise UnreadableError(f"more than {limits.MAX_PDF_PAGES} pages; not a report")
        interpreter.process_page(page)
        if out.tell() > limits.MAX_TEXT_CHARS:
            raise too_long()
    return out.getvalue()


def read_pdf(path: Path, data: bytes) -> Document:
    try:
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    except ImportError:
        raise UnreadableError("reading .pdf needs pdfminer.six: pip install pdfminer.six") from None
    import logging

    # pdfminer logs every quirk of a PDF as a warning; the user needs none of them.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        text = _pdf_text(data)
    except UnreadableError:
        raise
    except _TooLarge:
        raise UnreadableError(f"a PDF stream inflates to over {limits.MAX_PDF_STREAM >> 20} MB; "
                              "not a report") from None
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise UnreadableError("password-protected PDF; remove the password first") from None
    except Exception:  # pdfminer raises many unrelated types for a damaged file
        raise UnreadableError("not a valid PDF, or a damaged one") from None
    warnings = []
    shown = _CID.sub("\ufffd", text)  # one character for each glyph without a Unicode mapping
    unmapped = shown.count("\ufffd")
    if not text.strip():
        warnings.append("PDF has no text layer (scanned pages?); OCR it first")
    elif unmapped * 10 > len(shown.strip()):
        warnings.append(f"PDF text layer looks garbled ({unmapped} characters without a Unicode mapping); "
                        "OCR it or export the text another way")
    return Document(path, text, text, None, "pdf", warnings)
