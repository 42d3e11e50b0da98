"""Draw a panel: the target against the outcome over the years, one colour per region.

The outcome is a solid line with dots; the target a dashed line whose markers tell the
qualifier (▲ at least, ▼ at most, ◆ about, ■ as stated). Chinese labels are set in Noto
Sans CJK from the noto-cjk-sans-otc package (SIL Open Font License 1.1), so the picture
does not depend on the fonts of the machine. matplotlib and the font are the optional
extra `pip install 'govreport[plot]'`; both are imported only here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping, Sequence

MISSING = "--plot needs matplotlib and a CJK font: pip install 'govreport[plot]'"
MARKERS = {"at_least": ("^", "不低于 (以上)"), "at_most": ("v", "不超过 (以内)"), "approx": ("D", "左右"),
           "": ("s", "如数")}
FORMATS = (".png", ".svg", ".pdf")


def _broken(points: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """The points with a gap (NaN) where years are missing: no line across years with no figure."""
    out = []
    for year, value in points:
        if out and year - out[-1][0] > 1:
            out.append((year - 1, float("nan")))
        out.append((year, value))
    return out


def _clip_outliers(axes, values: list[float], font) -> None:
    """Keep the scale of the usual values: one wrong figure (a 300 % read from 翻两番) would flatten
    every line. Values far outside the quartiles are drawn at the edge and labelled with their value."""
    if len(values) < 8:
        return
    ordered = sorted(values)
    q1, q3 = ordered[len(ordered) // 4], ordered[3 * len(ordered) // 4]
    reach = 3 * max(q3 - q1, 1.0)
    low, high = q1 - reach, q3 + reach
    inside = [v for v in values if low <= v <= high]
    if len(inside) == len(values):
        return
    margin = (max(inside) - min(inside)) * 0.15 or 1.0
    bottom, top = min(inside) - margin, max(inside) + margin
    axes.set_ylim(bottom, top)
    for line in list(axes.get_lines()):
        for x, y in zip(line.get_xdata(), line.get_ydata()):
            if y > top or y < bottom:  # NaN compares False: gaps are not labelled
                edge = top if y > top else bottom
                axes.annotate(f"{y:g} ({'超出' if y > top else '低于'}刻度)", (x, edge), xytext=(4, -12 if y > top else 4),
                              textcoords="offset points", fontproperties=font, fontsize=8, color=line.get_color())


class PlotError(Exception):
    """A picture that cannot be drawn; the message is one line for the user."""


def _libraries():
    try:
        import matplotlib

        matplotlib.use("Agg")  # files only: no display needed
        import matplotlib.pyplot as plt
        from matplotlib.font_manager import FontProperties
        from noto_cjk_sans_otc import FONT_PATH
    except ImportError:
        raise PlotError(MISSING) from None
    return plt, FontProperties(fname=str(FONT_PATH))


def plot_panel(lines: Sequence[Mapping], path: Path) -> None:
    """Draw panel `lines` (of one indicator, measure and unit) to `path` (.png, .svg or .pdf)."""
    if path.suffix.lower() not in FORMATS:
        raise PlotError(f"--plot {path}: name the picture {', '.join(FORMATS)}")
    series = {(r["indicator"], r["measure"], r["unit"]) for r in lines}
    if len(series) != 1:
        raise PlotError("--plot draws one indicator, measure and unit; choose them with --indicator and --measure"
                        if series else "--plot: no row to draw")
    (indicator, measure, unit), = series
    plt, font = _libraries()
    figure, axes = plt.subplots(figsize=(11, 6), dpi=120)
    regions = list(dict.fromkeys(r["region"] for r in lines if r["year"] is not None))
    colours = plt.get_cmap("tab20" if len(regions) > 10 else "tab10")
    used_markers = set()
    for number, region in enumerate(regions):
        colour = colours(number % colours.N)
        mine = sorted((r for r in lines if r["region"] == region and r["year"] is not None), key=lambda r: r["year"])
        actual = [(r["year"], float(r["actual"])) for r in mine if r["actual"] is not None]
        target = [(r["year"], float(r["target"]), r["target_qualifier"]) for r in mine if r["target"] is not None]
        if actual:
            axes.plot(*zip(*_broken(actual)), "-o", color=colour, markersize=4, linewidth=1.8, label=region or "(地区不详)")
        if target:
            axes.plot(*zip(*_broken([t[:2] for t in target])), "--", color=colour, linewidth=1, alpha=0.8,
                      label=None if actual else region)
            for year, value, qualifier in target:
                marker = MARKERS.get(qualifier, MARKERS[""])[0]
                used_markers.add(qualifier if qualifier in MARKERS else "")
                axes.plot([year], [value], marker, color=colour, markersize=7, markerfacecolor="white",
                          markeredgewidth=1.5)
    _clip_outliers(axes, [float(r[k]) for r in lines for k in ("actual", "target") if r[k] is not None], font)
    from matplotlib.lines import Line2D

    what = {"growth": "增长", "level": "水平"}.get(measure, measure)
    axes.set_title(f"{indicator} {what} ({unit}): 目标 (虚线) 与实际 (实线)", fontproperties=font, fontsize=14)
    axes.set_xlabel("年份", fontproperties=font)
    axes.set_ylabel(f"{what} ({unit})", fontproperties=font)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.grid(True, alpha=0.3)
    region_legend = axes.legend(prop=font, loc="upper left", bbox_to_anchor=(1.01, 1), title="地区 (实际)",
                                title_fontproperties=font, fontsize=9)
    axes.add_artist(region_legend)
    keys = [Line2D([], [], linestyle="--", color="grey", marker=MARKERS[q][0], markerfacecolor="white",
                   label=f"目标: {MARKERS[q][1]}") for q in MARKERS if q in used_markers]
    if keys:
        axes.legend(handles=keys, prop=font, loc="lower left", bbox_to_anchor=(1.01, 0), title="目标的说法",
                    title_fontproperties=font)
    figure.tight_layout()
    try:
        figure.savefig(path)
    except OSError as error:
        raise PlotError(f"cannot write {path}: {error.strerror or error}") from None
    finally:
        plt.close(figure)
