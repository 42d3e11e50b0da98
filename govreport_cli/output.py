"""Write a table of rows as csv, tsv, jsonl, parquet or xlsx.

`open_table()` is the one way out: it picks the format (``fmt`` or the file
extension, csv by default), returns a `Table` whose ``write(rows)`` may be
called again and again (rows are streamed for csv/tsv/jsonl; parquet and xlsx
buffer them and write at close), and commits the file atomically: the data go
to a temporary file in the target's directory that replaces the target only when
everything was written; on an error or Ctrl-C the temporary file is removed and
an older output stays as it was.

The rules every format follows:

- Values: a Decimal is written in plain notation without trailing zeros
  (``Decimal('1.20')`` -> ``1.2``, ``Decimal('5.4E+5')`` -> ``540000``); an
  empty year is an empty cell (``null`` in JSON Lines and parquet).
- csv/tsv written to a file start with a UTF-8 BOM, so Excel and WPS read the
  Chinese right (``bom=False`` turns it off); stdout never gets one.
  ``encoding`` (e.g. ``gb18030``) applies to csv/tsv only; a character it cannot
  encode is an `OutputError`.
- Spreadsheet formula injection (CWE-1236): in csv/tsv, free-text cells (the
  ``defuse`` columns, and every header) that start with ``= + - @`` tab or CR
  get a leading ``'``. Numbers are never touched. xlsx keeps the text exact
  instead: strings are always written as strings, never formulas, and those
  starting with such a character also get Excel's quote prefix. JSON Lines and
  parquet are not spreadsheet formats and keep the text as it is.
- JSON Lines: UTF-8, Chinese unescaped, values as JSON numbers with their exact
  decimal text.
- Parquet keeps types: int64 year/start/end, float64 value, strings otherwise.

pyarrow and openpyxl are imported only when their format is asked for, so
importing this module stays cheap.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import re
import signal
import stat
import sys
import tempfile
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from io import TextIOWrapper
from typing import Iterable, Iterator, Mapping, Sequence

from govreport_cli.numbers import format_decimal
from govreport_cli.rows import COLUMNS

FORMATS = ("csv", "tsv", "jsonl", "parquet", "xlsx")
BINARY_FORMATS = ("parquet", "xlsx")
EXTENSIONS = {"." + f: f for f in FORMATS}

# Column types of the tidy table; columns not listed are text. `object` (used by
# the wide view) means "as given": a Decimal stays a number, text stays text.
TIDY_TYPES: Mapping[str, type] = {"year": int, "value": Decimal, "start": int, "end": int}
TIDY_DEFUSE = ("report", "name", "evidence")  # report: a file may be named =cmd|' -c calc'!A0.txt

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_ROWS = 1_048_576
FORMATS_EXTRA = "pip install 'govreport[formats]'"


class OutputError(Exception):
    """A problem the user can fix (format, file, encoding); the message is one line."""


def to_decimal(value) -> Decimal | None:
    """A number from a Decimal, int, float or text cell; None for an empty cell."""
    if value is None or value == "":
        return None
    if isinstance(value, float):
        if value != value:  # NaN: an empty cell read back by a dataframe library
            return None
        value = repr(value)  # shortest text that round-trips: 577.3, not 577.29999...
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except (InvalidOperation, TypeError, ValueError):
        raise ValueError(f"not a number: {value!r}") from None
    if not number.is_finite():
        raise ValueError(f"not a number: {value!r}")
    return number


def to_int(value) -> int | None:
    """A whole number from an int, float, Decimal or text cell; None for an empty cell."""
    if isinstance(value, int):
        return value
    number = to_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValueError(f"not a whole number: {value!r}")
    return int(number)


def defuse(text: str) -> str:
    """Prefix a quote to text a spreadsheet would read as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def resolve_format(dest: str | None, fmt: str | None = None) -> str:
    """The format asked for, else the one the file extension names, else csv."""
    if fmt:
        if fmt.lower() not in FORMATS:
            raise OutputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt.lower()
    if dest in (None, "-"):
        return "csv"
    return EXTENSIONS.get(os.path.splitext(dest)[1].lower(), "csv")


def _as_text(value) -> str:
    return "" if value is None else str(value)


def _as_given(value):
    return value


_COERCE = {int: to_int, Decimal: to_decimal, str: _as_text}  # lone surrogates: Table.write


_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogates(text: str) -> str:
    """A lone surrogate (from text passed to the API) cannot be encoded at all: written as a
    backslash escape, as runner.report_name writes the bytes of a file name that are not UTF-8."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) if _SURROGATE.search(text) else text


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_decimal(value)
    return str(value)


class _DelimitedSink:
    def __init__(self, stream, delimiter: str, columns: Sequence[str], defuse_columns: Iterable[str]):
        self._stream = stream
        # CRLF as RFC 4180 and Excel have it; with "\n" a lone CR in a cell would go unquoted.
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n")
        self._columns = columns
        self._defuse = [i for i, c in enumerate(columns) if c in set(defuse_columns)]

    def header(self) -> None:
        self._writer.writerow([defuse(c) for c in self._columns])

    def add(self, values: list) -> None:
        # The csv writer writes None as an empty cell and the rest as str() does: only a
        # Decimal needs _text (no exponent): no Python call for each cell of each row.
        cells = [format_decimal(v) if isinstance(v, Decimal) else v for v in values]
        for i in self._defuse:
            if isinstance(values[i], str):  # text only: a number stays a number
                cells[i] = defuse(values[i])
        self._writer.writerow(cells)

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def _json_value(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, Decimal):
        return format_decimal(value)  # exact decimal text, a valid JSON number
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False).translate(_LINE_BREAKS_ESCAPED)


# Line breaks to str.splitlines() that JSON leaves as they are (it escapes those below U+0020):
# written as \u escapes, so that a reader splitting the file into lines gets one row a line.
_LINE_BREAKS_ESCAPED = {ord(c): f"\\u{ord(c):04x}" for c in "\x85\u2028\u2029"}


class _JsonLinesSink:
    def __init__(self, stream, columns: Sequence[str]):
        self._stream = stream
        self._keys = [json.dumps(c, ensure_ascii=False) + ":" for c in columns]

    def header(self) -> None:
        pass

    def add(self, values: list) -> None:
        body = ",".join(k + _json_value(v) for k, v in zip(self._keys, values))
        self._stream.write("{" + body + "}\n")

    def flush(self) -> None:
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


def _require(module: str, fmt: str):
    try:
        return __import__(module)
    except ImportError:
        raise OutputError(f"writing {fmt} needs {module}: {FORMATS_EXTRA}") from None


def _arrow_array(pa, kind: type, values: list):
    if kind is int:
        return pa.array(values, pa.int64())
    if kind is str:
        return pa.array(values, pa.string())
    present = [v for v in values if v is not None]
    if kind is Decimal or all(isinstance(v, (Decimal, int)) for v in present):
        return pa.array([None if v is None else float(v) for v in values], pa.float64())
    return pa.array([None if v is None else _text(v) for v in values], pa.string())


class _BufferedSink:
    """For the formats written in one go at close: keeps the rows until then."""

    def __init__(self, path: str, columns: Sequence[str]):
        self._path = path
        self._columns = list(columns)
        self._rows: list[list] = []

    def header(self) -> None:
        pass

    def add(self, values: list) -> None:
        self._rows.append(values)

    def flush(self) -> None:
        pass


class _ParquetSink(_BufferedSink):
    def __init__(self, path: str, columns: Sequence[str], types: Mapping[str, type]):
        _require("pyarrow", "parquet")
        super().__init__(path, columns)
        self._kinds = [types.get(c, str) for c in columns]

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        arrays = [
            _arrow_array(pa, kind, [row[i] for row in self._rows]) for i, kind in enumerate(self._kinds)
        ]
        pq.write_table(pa.Table.from_arrays(arrays, names=self._columns), self._path)


class _XlsxSink(_BufferedSink):
    def __init__(self, path: str, columns: Sequence[str]):
        _require("openpyxl", "xlsx")
        super().__init__(path, columns)

    def add(self, values: list) -> None:
        if len(self._rows) + 1 >= XLSX_MAX_ROWS:  # + the header
            raise OutputError(f"xlsx holds at most {XLSX_MAX_ROWS - 1} rows; use csv or parquet")
        self._rows.append(values)

    def close(self) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        book = Workbook(write_only=True)
        sheet = book.create_sheet("govreport")
        sheet.freeze_panes = "A2"

        def cell(value):
            if not isinstance(value, str):
                return value
            value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)  # control characters cannot be stored in xlsx
            if not value.startswith(FORMULA_STARTS):
                return value
            text = WriteOnlyCell(sheet, value=value)
            text.data_type = "s"  # openpyxl would store '=...' as a formula
            text.quotePrefix = True  # and Excel keeps it text when the cell is edited
            return text

        for values in [self._columns, *self._rows]:
            sheet.append([cell(v) for v in values])
        book.save(self._path)


def _encode_error(error: UnicodeEncodeError, values: Sequence, columns: Sequence[str], row: int) -> OutputError:
    char = error.object[error.start : error.end][:1]
    column = next((c for c, v in zip(columns, values) if isinstance(v, str) and char in v), "?")
    where = f"row {row}, column {column}" if row else "the header"
    hint = "" if codecs.lookup(error.encoding).name == "utf-8" else "; use --output-encoding utf-8"
    return OutputError(f"cannot encode {char!r} (U+{ord(char):04X}) in {error.encoding}: {where}{hint}")


class Table:
    """An open output table; call write(rows) as often as rows come."""

    def __init__(self, sink, columns: Sequence[str], types: Mapping[str, type], where: str):
        self._sink = sink
        self._columns = tuple(columns)
        self._coercions = [(_COERCE.get(types.get(c, str), _as_given), c) for c in columns]
        self._texts = [i for i, c in enumerate(columns) if types.get(c, str) is str]
        self._where = where
        self.rows = 0
        with self._guard(self._columns):
            sink.header()

    @contextmanager
    def _guard(self, values: Sequence):
        """Turn what the user can fix (encoding, disk) into an OutputError."""
        try:
            yield
        except UnicodeEncodeError as error:
            raise _encode_error(error, values, self._columns, self.rows) from None
        except BrokenPipeError:
            raise  # the reader went away: the CLI's business, not a write error
        except OSError as error:
            raise OutputError(f"cannot write {self._where}: {error.strerror or error}") from None

    def write(self, rows: Iterable[Mapping]) -> None:
        """Write rows: mappings with (at least) every column as key."""
        for row in rows:
            values = [coerce(row[c]) for coerce, c in self._coercions]
            if _SURROGATE.search("".join([values[i] for i in self._texts])):  # one search a row, not a cell
                for i in self._texts:
                    values[i] = _no_surrogates(values[i])
            self.rows += 1
            with self._guard(values):
                self._sink.add(values)
        with self._guard(()):
            self._sink.flush()  # a report's rows reach the file or the pipe as soon as it is done

    def close(self) -> None:
        with self._guard(()):
            self._sink.close()


def _encoding_for(encoding: str, fmt: str) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        raise OutputError(f"unknown encoding {encoding!r}") from None
    name = "utf-8" if name == "utf-8-sig" else name  # the BOM is decided by `bom`
    if name != "utf-8" and fmt not in ("csv", "tsv"):
        raise OutputError(f"--output-encoding applies to csv and tsv only; {fmt} is always UTF-8")
    return name


def _new_file_mode(dest: str) -> int:
    if os.path.exists(dest):
        return stat.S_IMODE(os.stat(dest).st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP) if hasattr(signal, "SIGHUP") else (signal.SIGINT,)


@contextmanager
def _replacing(dest: str) -> Iterator[str]:
    """Yield a temporary path next to `dest` that replaces it on success only. A link is written
    through: its target is replaced, the link stays."""
    if os.path.islink(dest):
        dest = os.path.realpath(dest)
    if os.path.isdir(dest):
        raise OutputError(f"cannot write {dest}: it is a directory")
    if os.path.exists(dest) and not os.path.isfile(dest):
        yield dest  # a device or a pipe (/dev/null): must not be replaced by a file
        return
    # (a stop signal between the file's creation and the `try` that removes it would leave it behind: held
    # until the `try` is entered)
    held = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS) if hasattr(signal, "pthread_sigmask") else None
    try:
        handle, tmp = tempfile.mkstemp(
            dir=os.path.dirname(os.path.abspath(dest)), prefix="." + os.path.basename(dest) + ".", suffix=".tmp"
        )
        os.close(handle)
    except OSError as error:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        raise OutputError(f"cannot write {dest}: {error.strerror or error}") from None
    try:
        if held is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
        yield tmp
        try:
            os.chmod(tmp, _new_file_mode(dest))  # mkstemp makes 0600 files
            os.replace(tmp, dest)
        except OSError as error:
            raise OutputError(f"cannot write {dest}: {error.strerror or error}") from None
    except BaseException:  # an error, Ctrl-C, SIGTERM (runner.Stopped): no temporary file left

        try:
            os.remove(tmp)
        except FileNotFoundError:
            pass
        raise


@contextmanager
def _stdout(encoding: str) -> Iterator:
    if encoding == "utf-8" or not hasattr(sys.stdout, "buffer"):
        yield sys.stdout
        return
    sys.stdout.flush()
    stream = TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="")
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()  # leave sys.stdout's buffer open


def _text_sink(fmt: str, stream, columns, defuse_columns):
    if fmt == "jsonl":
        return _JsonLinesSink(stream, columns)
    return _DelimitedSink(stream, "\t" if fmt == "tsv" else ",", columns, defuse_columns)


@contextmanager
def open_table(
    dest: str | None,
    fmt: str | None = None,
    bom: bool = True,
    encoding: str = "utf-8",
    columns: Sequence[str] = COLUMNS,
    types: Mapping[str, type] = TIDY_TYPES,
    defuse_columns: Iterable[str] = TIDY_DEFUSE,
) -> Iterator[Table]:
    """Open `dest` (None or '-' for stdout) for writing rows; commits on normal exit.

    `columns` and `types` default to the tidy table; `defuse_columns` are the
    free-text columns defused for spreadsheets. Raises OutputError for what the
    user can fix: a binary format on stdout, an unknown format or encoding, an
    unwritable file, a character the encoding lacks, a missing optional package.
    """
    fmt = resolve_format(dest, fmt)
    encoding = _encoding_for(encoding, fmt)
    if dest in (None, "-"):
        if fmt in BINARY_FORMATS:
            raise OutputError(f"{fmt} cannot go to stdout; write it to a file with -o FILE.{fmt}")
        with _stdout(encoding) as stream:
            table = Table(_text_sink(fmt, stream, columns, defuse_columns), columns, types, "stdout")
            yield table
            table.close()
        return
    with _replacing(dest) as path:
        if fmt in BINARY_FORMATS:
            sink = _ParquetSink(path, columns, types) if fmt == "parquet" else _XlsxSink(path, columns)
            table = Table(sink, columns, types, dest)
            yield table
            table.close()
            return
        file_encoding = "utf-8-sig" if bom and encoding == "utf-8" and fmt != "jsonl" else encoding
        try:
            stream = open(path, "w", encoding=file_encoding, newline="")
        except OSError as error:
            raise OutputError(f"cannot write {dest}: {error.strerror or error}") from None
        with _closing(stream, dest):
            table = Table(_text_sink(fmt, stream, columns, defuse_columns), columns, types, dest)
            yield table
            table.close()


@contextmanager
def _closing(stream, dest: str) -> Iterator:
    """Close the file; closing writes what is still buffered, and may fail as a write does
    (a full disk). After an error the file is dropped: closing it must not hide the error."""
    try:
        yield stream
    except BaseException:
        try:
            stream.close()
        except OSError:
            pass
        raise
    try:
        stream.close()
    except OSError as error:
        raise OutputError(f"cannot write {dest}: {error.strerror or error}") from None


def write_table(rows: Iterable[Mapping], dest: str | None, fmt: str | None = None, bom: bool = True,
                encoding: str = "utf-8", **table_options) -> int:
    """Write all `rows` at once; returns the number of rows written."""
    with open_table(dest, fmt, bom, encoding, **table_options) as table:
        table.write(rows)
    return table.rows
