"""Limits on what one input may cost, in one place: a file over a limit is named and skipped.

Real reports are far below each (a national report is some 30,000 characters, its DOCX
document.xml a few MB); what passes them is a bomb or a mistake, not a report.
"""

MAX_FILE_BYTES = 100 * 2**20  # an input file, as read into memory
MAX_TEXT_CHARS = 10_000_000  # decoded text, or the text taken out of a DOCX or PDF
# One unpacked member of a DOCX (a .zip): document.xml, an image. Parsed XML costs some ten times
# its size: a 45 MB document.xml took 14 s and 470 MB to read (a report's is a few MB).
MAX_DOCX_MEMBER = 20 * 2**20
# One inflated PDF stream (page content, a font). Lower than the DOCX limit: pdfminer's lexer is
# quadratic in the length of one token, and a stream of one 16 MB token already takes 3 s.
MAX_PDF_STREAM = 16 * 2**20
MAX_PDF_PAGES = 5000
# Characters of a figure as written (`raw`). A reprint's pinyin line or a page's tags between the
# number and its unit make a few hundred; a longer span holds something else (a huge comment).
MAX_RAW = 1000
PATTERN_TIMEOUT = 2.0  # seconds for one search of one pattern over one sentence (names, figures, user patterns)
