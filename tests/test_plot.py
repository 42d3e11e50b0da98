"""govreport panel --plot: a picture of target against outcome, or one clear line when it cannot be drawn."""
import sys
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from govreport_cli import cli
from govreport_cli.output import write_table
from govreport_cli.plot import MISSING, PlotError, plot_panel
from tests.test_panel import R2018, R2019, R2020, fact

runner = CliRunner()


@pytest.fixture
def tidy(tmp_path):
    path = tmp_path / "out.csv"
    write_table(R2018 + R2019 + R2020 + [fact("sh.txt", "6.6", region="上海市"),
                                         fact("sh.txt", "6.5", "target", year=2019, qualifier="at_least")], str(path))
    return path


def test_plot_writes_a_png_with_the_chinese_font(tidy, tmp_path):
    pytest.importorskip("matplotlib")
    pytest.importorskip("noto_cjk_sans_otc")
    png = tmp_path / "gdp.png"
    result = runner.invoke(cli.app, ["panel", str(tidy), "--plot", str(png), "--indicator", "gdp",
                                     "--measure", "growth"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # the table only with -o
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000


def test_plot_of_several_series_is_refused(tidy, tmp_path):
    level = fact("2019.txt", "36010", measure="level", unit="亿元")
    with pytest.raises(PlotError, match="--indicator and --measure"):
        from govreport_cli.panel import panel_rows

        plot_panel(panel_rows(R2018 + [level]), tmp_path / "x.png")
    with pytest.raises(PlotError, match="name the picture"):
        plot_panel([], tmp_path / "x.gif")


def test_missing_matplotlib_is_one_line_and_exit_2(tidy, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    result = runner.invoke(cli.app, ["panel", str(tidy), "--plot", str(tmp_path / "g.png"), "--measure", "growth"])
    assert result.exit_code == 2
    assert result.stderr == f"govreport: {MISSING}\n" and "pip install 'govreport[plot]'" in MISSING
    assert not (tmp_path / "g.png").exists()


def test_an_outlier_does_not_flatten_the_lines(tmp_path):
    plt = pytest.importorskip("matplotlib.pyplot")
    pytest.importorskip("noto_cjk_sans_otc")
    from govreport_cli.panel import panel_rows

    rows = [fact(f"{y + 1}.txt", "300" if y == 2005 else str(8 + y % 3), year=y) for y in range(2000, 2012)]
    shown = []
    monkey = pytest.MonkeyPatch()
    monkey.setattr(plt.Figure, "savefig", lambda figure, path: shown.append(figure.axes[0].get_ylim()))
    try:
        plot_panel(panel_rows(rows), tmp_path / "x.png")
    finally:
        monkey.undo()
    (bottom, top), = shown
    assert top < 20 and bottom > 0
    assert Decimal("300") in {r["actual"] for r in panel_rows(rows)}  # the table keeps it as it is
