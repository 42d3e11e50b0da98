"""The `rules` commands (list, show, check) and `explain`: read, check and debug rule files.

On a terminal the listings are rich tables; piped, they are plain tab-separated lines.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from govreport_cli.cli_common import (
    EXIT_UNREADABLE, EXIT_USAGE, IndicatorOpt, InputEncodingOpt, RulesOpt, check_ids, command, console, existing_file,
    fail, load_rules,
)

MIN_POSITIVE, MIN_NEGATIVE = 2, 1  # examples with facts and without, as rules/README.md asks


def _terminal() -> bool:
    return sys.stdout.isatty()


def _print_table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]], header: bool = False) -> None:
    """A rich table on a terminal, else tab-separated lines (cut/awk friendly), under a '#' line of the
    column names with `header`."""
    if not _terminal():
        if header:
            typer.echo("# " + "\t".join(columns))
        for row in rows:
            typer.echo("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row))
        return
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")  # evidence has no spaces to wrap at
    for row in rows:
        table.add_row(*row)
    console().print(table)


def list_rules(rules: RulesOpt = None) -> None:
    """List the rules: id, name, unit, measures, file and number of examples.

    Example: govreport rules list --rules my_rules/
    """
    rule_set = load_rules(rules)
    rows = [(r.id, r.name, r.unit, ",".join(r.measures), r.file, str(len(r.examples)))
            for r in rule_set.rules.values()]
    _print_table(f"{len(rows)} rules", ("id", "name", "unit", "measures", "file", "examples"), rows, header=True)


def show(
    rule_id: str = typer.Argument(..., metavar="ID", help="A rule id (see 'govreport rules list')."),
    rules: RulesOpt = None,
) -> None:
    """Show one rule: its catalog entry, names, contexts and examples with their facts.

    Example: govreport rules show gdp
    """
    import difflib

    rule_set = load_rules(rules)
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
           *([f"  plausible {', '.join(f'{m} {lo} to {hi}' for m, (lo, hi) in rule.plausible.items())}"]
             if rule.plausible else []),
           *(["  sums      over the years in a review of several years (only a level reached counts)"]
             if rule.sums_over_years else []),
           *(["  plans     state it as the plan's total, even 到2025年… (no row)"] if rule.plans_total else []),
           *([f"  known     by the end of month {rule.known_by_month}: the year's figure in a report on that many months"]
             if rule.known_by_month else []),
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
    section("narrower names (no row beside the rule's own figure)", [p.pattern for p in rule.narrower])
    section("broader names (no row beside the rule's own figure)", [p.pattern for p in rule.broader])
    out.extend(["", heading(f"examples ({len(rule.examples)})")])
    for example in rule.examples:
        out.append(f"  line {example.line}: {example.text}")
        out.extend(f"    -> {fact}" for fact in example.facts or ["(no fact)"])
    typer.echo("\n".join(out))


def check(
    directory: Optional[Path] = typer.Argument(None, metavar="[DIR]", help="A folder of your own rule "
                                               "files, checked together with the shipped rules."),
) -> None:
    """Check rule files: schema, patterns and every example. Errors: file:line: message, exit 2.

    Each rule needs at least two examples with facts and one without (rules/README.md).

    Example: govreport rules check my_rules/
    """
    from govreport_cli.rule_examples import check_examples, examples
    from govreport_cli.rules import RuleError
    from govreport_cli.rules import load_rules as load_checked

    if directory is not None and not directory.is_dir():
        fail(f"{directory}: no such folder; give a folder of rule files (*.toml)")
    if directory is not None and not any(directory.glob("*.toml")):
        fail(f"{directory}: no rule files (*.toml) in this folder")
    problems: list[RuleError] = []
    try:
        rule_set = load_checked((directory,) if directory is not None else (), problems)
    except RuleError as error:  # a broken _shared.toml: nothing else can be compiled
        problems.append(error)
        rule_set = None
    if rule_set is not None:
        problems.extend(check_examples(rule_set))
        problems.extend(_too_few_examples(rule_set))
        problems.extend(_names_without_literals(rule_set))
    for problem in problems:
        typer.echo(str(problem))
    if problems:
        raise typer.Exit(EXIT_USAGE)
    count = sum(1 for _ in examples(rule_set))
    typer.echo(f"{len(rule_set.rules)} rules, {count} examples: all pass")


def _too_few_examples(rule_set) -> list:
    from govreport_cli.rules import RuleError

    problems = []
    for rule in rule_set.rules.values():
        positive = sum(1 for example in rule.examples if example.facts)
        negative = len(rule.examples) - positive
        if positive < MIN_POSITIVE or negative < MIN_NEGATIVE:
            problems.append(RuleError(
                f"{rule.file}:{rule.line}: rule {rule.id} has {positive} example(s) with facts and {negative} "
                f"without; add [[rule.example]] tables up to {MIN_POSITIVE} and {MIN_NEGATIVE}"))
    return problems


def _names_without_literals(rule_set) -> list:
    """Names the literal prefilter cannot work with: one of them makes every sentence read every name."""
    from govreport_cli.name_index import necessary_literals
    from govreport_cli.rules import RuleError

    return [RuleError(f"{rule.file}:{rule.line}: rule {rule.id}: name '{name}' holds no literal text the prefilter "
                      "can find; write it in the syntax re and regex share ([\\u4e00-\\u9fff], not \\p{Han}), "
                      "or every sentence is read for every name")
            for rule in rule_set.rules.values()
            for name in (*rule.names, *rule.paired_names, *rule.national_names)
            if not necessary_literals(rule_set.shared.pattern(name))]


def explain(
    path: Path = typer.Argument(..., help="A report file."),
    rules: RulesOpt = None,
    indicator: IndicatorOpt = None,
    encoding: InputEncodingOpt = None,
    sentence: Optional[str] = typer.Option(None, "--sentence", metavar="N|TEXT",
                                           help="Only sentence N (as listed) or the sentences holding TEXT."),
) -> None:
    """Show why: the report's region, year and parts, every name found (counted or why not), every
    figure that gave no fact (and why), every fact with what set its kind and year.

    Example: govreport explain report.txt --indicator gdp --sentence 生产总值
    """
    from govreport_cli.explanation import explain_text
    from govreport_cli.numbers import format_decimal
    from govreport_cli.reading import UnreadableError, read_document
    from govreport_cli.wide import split_ids

    existing_file(path)
    rule_set = load_rules(rules)
    wanted = set(split_ids(indicator))
    check_ids(sorted(wanted), rule_set.rules)
    try:
        document = read_document(path, encoding)
    except UnreadableError as err:
        fail(f"{path}: {err}", EXIT_UNREADABLE)
    try:
        found = explain_text(document.text, path.name, rule_set, document.offsets, document.source, sentence)
    except TimeoutError:  # a rule's pattern backtracks without end (extract skips the sentence)
        fail(f"{path}: a rule pattern took too long; run 'govreport rules check'")
    context = found.context
    names = [(str(n), str(start), text, rule_id, status) for n, start, text, rule_id, status in found.names
             if not wanted or rule_id in wanted]
    rows = [r for r in found.rows if not wanted or r["indicator"] in wanted]
    facts = [(str(r["sentence"]), str(r["start"]), r["indicator"], r["measure"], r["kind"],
              f"{format_decimal(r['value'])} {r['unit']}", " ".join(filter(None, (r["qualifier"], r["basis"]))),
              f"{r['year'] or ''} {r['period']}".strip(), r["why"], r["evidence"]) for r in rows]
    dropped = [(str(n), str(start), raw, why) for n, start, raw, why in found.dropped]
    parts = [(str(p.start), p.kind, str(p.year or ""), "several years" if p.multi_year else "", p.heading)
             for p in context.parts[1:]]
    about = (f"{path}: region {context.region or '?'}" + (f" (also written {context.alias})" if context.alias else "")
             + f", year {context.year or '?'}"
             f" ({context.year_signal or 'no signal'}), {'covers ' + context.covers if context.half_year else 'annual'};"
             f" {len(parts)} parts, {len(names)} names, {len(facts)} facts"
             + (f"; not read from {found.links_from} on (what follows the report: other pages' links, readers' comments or a reprint's exercises)" if found.links_from is not None else "")
             + (f"; rows not read at {', '.join(map(str, found.year_columns_at))} (under column heads opening on years: only the column says the year and kind of each figure)" if found.year_columns_at else ""))
    typer.echo(about if _terminal() else f"# {about}")
    for title, columns, table in (
            ("parts", ("start", "kind", "year", "span", "heading"), parts),
            *([("sentences", ("sentence", "text"), [(str(n), text) for n, text in found.sentences])]
              if sentence else []),
            ("names", ("sentence", "start", "name", "rule", "status"), names),
            ("figures that gave no fact", ("sentence", "start", "raw", "why"), dropped),
            ("facts", ("sentence", "start", "indicator", "measure", "kind", "value", "notes", "when", "why",
                       "evidence"), facts)):
        if not _terminal():
            typer.echo(f"# {title}: {', '.join(columns)}")
        _print_table(title, columns, table)


def register(rules_app: typer.Typer, app: typer.Typer) -> None:
    """Add `rules list|show|check` to rules_app and `explain` to app (once: tests register too)."""
    if any(getattr(one.callback, "__wrapped__", None) is explain for one in app.registered_commands):
        return
    command(rules_app, "list")(list_rules)
    command(rules_app, "show")(show)
    command(rules_app, "check")(check)
    command(app, "explain")(explain)
