"""The `rules` commands (list, show, check) and `explain`: read, check and debug rule files.

On a terminal the listings are rich tables; piped, they are plain tab-separated lines.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from govreport_cli.cli import EXIT_UNREADABLE, EXIT_USAGE, RulesOption, _load_rules, fail


def _terminal() -> bool:
    return sys.stdout.isatty()


def _print_table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    """A rich table on a terminal, else one tab-separated line per row (no header: cut/awk friendly)."""
    if not _terminal():
        for row in rows:
            typer.echo("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")  # evidence has no spaces to wrap at
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def list_rules(rules: Optional[List[Path]] = RulesOption) -> None:
    """List the rules: id, name, file and number of examples."""
    rule_set = _load_rules(tuple(rules or ()))
    rows = [(r.id, r.name, r.file, str(len(r.examples))) for r in rule_set.rules.values()]
    _print_table(f"{len(rows)} rules", ("id", "name", "file", "examples"), rows)


def show(
    rule_id: str = typer.Argument(..., metavar="ID", help="A rule id (see 'govreport rules list')."),
    rules: Optional[List[Path]] = RulesOption,
) -> None:
    """Show one rule: its catalog entry, names, contexts and examples with their facts."""
    import difflib

    rule_set = _load_rules(tuple(rules or ()))
    rule = rule_set.rules.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, rule_set.rules, n=1)
        fail(f"unknown rule id {rule_id!r}" + (f"; did you mean {close[0]!r}?" if close else "")
             + " (see 'govreport rules list')")
    heading = (lambda text: typer.style(text, bold=True)) if _terminal() else (lambda text: text)
    out = [heading(f"{rule.id}: {rule.name}"),
           f"  file      {rule.file}:{rule.line}",
           f"  unit      {rule.unit}",
           f"  measures  {', '.join(rule.measures)}",
           f"  reads     {rule.reads}"]

    def section(title: str, values) -> None:
        if values:
            out.extend(["", heading(title), *(f"  {v}" for v in values)])

    section("names", rule.names)
    section("not_before (the text before the name, in its clause)", [p.pattern for p in rule.not_before])
    section("not_after (the text just after the name)", [p.pattern for p in rule.not_after])
    section(f"paired names (count only after {', '.join(rule.paired_after)} in the same sentence)",
            rule.paired_names)
    section("national names (count only in a national report)", rule.national_names)
    section("split names (with 分别, one figure each goes to the rules below)", [p.pattern for p in rule.split_names])
    section("split into", rule.split)
    out.extend(["", heading(f"examples ({len(rule.examples)})")])
    for example in rule.examples:
        out.append(f"  line {example.line}: {example.text}")
        out.extend(f"    -> {fact}" for fact in example.facts or ["(no fact)"])
    typer.echo("\n".join(out))


def check(
    directory: Optional[Path] = typer.Argument(None, metavar="[DIR]", help="A folder of your own rule "
                                               "files, checked together with the shipped rules."),
) -> None:
    """Check rule files: schema, patterns and every example. Errors: file:line: message, exit 2."""
    from govreport_cli.rule_examples import check_examples, examples
    from govreport_cli.rules import RuleError, load_rules

    problems: list[RuleError] = []
    if directory is not None and directory.is_dir() and not any(directory.glob("*.toml")):
        problems.append(RuleError(f"{directory}:1: no rule files (*.toml) in this folder"))
    try:
        rule_set = load_rules((directory,) if directory is not None else (), problems)
    except RuleError as error:  # a broken _shared.toml: nothing else can be compiled
        problems.append(error)
        rule_set = None
    if rule_set is not None:
        problems.extend(check_examples(rule_set))
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        raise typer.Exit(EXIT_USAGE)
    count = sum(1 for _ in examples(rule_set))
    typer.echo(f"{len(rule_set.rules)} rules, {count} examples: all pass")


def explain(
    path: Path = typer.Argument(..., help="A report file."),
    rules: Optional[List[Path]] = RulesOption,
    indicator: Optional[List[str]] = typer.Option(None, "--indicator", help="Only these indicator ids "
                                                  "(comma list, repeatable)."),
    encoding: Optional[str] = typer.Option(None, "--encoding", help="Read the file in this encoding."),
) -> None:
    """Show which rule fired where in one file: every indicator name found, then every fact."""
    from govreport_cli.api import engine_for, extract_text
    from govreport_cli.context import NATIONAL, read_context
    from govreport_cli.engine import sentences
    from govreport_cli.normalize import normalize
    from govreport_cli.numbers import format_decimal
    from govreport_cli.reading import UnreadableError, read_document

    rule_set = _load_rules(tuple(rules or ()))
    from govreport_cli.wide import split_ids

    wanted = set(split_ids(indicator))
    unknown = sorted(wanted - set(rule_set.rules))
    if unknown:
        fail(f"--indicator: unknown id {unknown[0]!r} (see 'govreport rules list')")
    try:
        document = read_document(path, encoding)
    except UnreadableError as err:
        fail(f"{path}: {err}", EXIT_UNREADABLE)
    clean = normalize(document.text)
    context = read_context(clean.text, rule_set.shared)
    engine = engine_for(rule_set)

    def source_offset(clean_start: int) -> int:  # as the rows' start: an index into the decoded file
        start = clean.origin[clean_start]
        return document.offsets[start] if document.offsets is not None else start

    names = []
    for start, end in sentences(clean.text):
        try:
            found = engine.mentions(clean.text, start, end, context.region == NATIONAL)
        except TimeoutError:  # a rule's pattern backtracks without end (extract skips the sentence)
            fail(f"{path}: a rule pattern took too long at offset {source_offset(start)}; run 'govreport rules check'")
        for mention in found:
            if wanted and mention.rule_id not in wanted:
                continue
            status = f"rejected: {mention.why_not}" if mention.why_not else "counted"
            names.append((str(source_offset(mention.start)), mention.text, mention.rule_id, status))
    rows = [row for row in extract_text(document.text, path.name, rule_set, document.offsets, document.source)
            if not wanted or row["indicator"] in wanted]
    facts = [(str(r["start"]), r["indicator"], r["name"], r["measure"], r["kind"],
              f"{format_decimal(r['value'])} {r['unit']}", " ".join(filter(None, (r["qualifier"], r["basis"]))),
              f"{r['year'] or ''} {r['period']}".strip(), r["evidence"]) for r in rows]
    about = (f"{path}: region {context.region or '?'}, year {context.year or '?'}"
             f"{', half-year' if context.half_year else ''}; {len(names)} names, {len(facts)} facts")
    if _terminal():
        typer.echo(about)
    else:
        typer.echo(f"# {about}\n# names: start, name, rule, counted or why not")
    _print_table("names", ("start", "name", "rule", "status"), names)
    if not _terminal():
        typer.echo("# facts: start, indicator, name, measure, kind, value, qualifier and basis, year and "
                   "period, evidence")
    _print_table("facts", ("start", "indicator", "name", "measure", "kind", "value", "notes", "when", "evidence"),
                 facts)


def register(rules_app: typer.Typer, app: typer.Typer) -> None:
    """Add `rules list|show|check` to rules_app and `explain` to app (once: tests register too)."""
    if any(command.callback is explain for command in app.registered_commands):
        return
    rules_app.command("list")(list_rules)
    rules_app.command("show")(show)
    rules_app.command("check")(check)
    app.command("explain")(explain)
