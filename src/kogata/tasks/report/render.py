"""A Summary as one self-contained HTML file (inline SVG charts drawn by matplotlib, text as glyph
outlines so that Japanese labels show on any machine, no script, font or stylesheet fetched), or as
a PDF with the same figures and tables. Japanese is drawn with IPAexGothic, the font that
japanize-matplotlib ships (IPA Font License)."""

from __future__ import annotations

import base64
import io
import re
from datetime import datetime
from importlib import resources

from jinja2 import Environment

from .summary import OUT_OF_SCOPE, Summary

BARS = 20  # labels drawn as bars; the rest are one "other" bar
LINES = 6  # labels drawn as lines in the weekly trend
GREY, OTHER = "#9aa0a6", "#c5c9ce"
_FONT: str | None = None


def _font() -> str:
    """Register the bundled CJK font with matplotlib (once) and return its family name."""
    global _FONT
    if _FONT is None:
        from matplotlib import font_manager

        path = resources.files("japanize_matplotlib") / "fonts" / "ipaexg.ttf"
        font_manager.fontManager.addfont(str(path))
        _FONT = font_manager.FontProperties(fname=str(path)).get_name()
    return _FONT


def _rc() -> dict:
    return {"font.family": [_font(), "DejaVu Sans"], "svg.fonttype": "path", "svg.hashsalt": "kogata",
            "axes.spines.top": False, "axes.spines.right": False, "pdf.fonttype": 42}


def _bars(summary: Summary):
    from matplotlib.figure import Figure

    shown = summary.counts[:BARS]
    rest = sum(n for _, n in summary.counts[BARS:])
    bars = [(label, n, "#1a73e8") for label, n in shown]
    if rest:
        bars.append((f"other {len(summary.counts) - BARS} labels", rest, OTHER))
    if summary.out_of_scope:
        bars.append((OUT_OF_SCOPE, summary.out_of_scope, GREY))
    fig = Figure(figsize=(7.5, 0.9 + 0.32 * len(bars)), layout="constrained")
    ax = fig.subplots()
    names = [b[0] for b in bars][::-1]
    values = [b[1] for b in bars][::-1]
    ax.barh(names, values, color=[b[2] for b in bars][::-1])
    for y, v in enumerate(values):
        ax.text(v, y, f" {v} ({v / summary.total:.0%})", va="center", fontsize=8)
    ax.set_xlabel("items")
    ax.set_xlim(0, max(values) * 1.18)
    return fig


def _trend(summary: Summary):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, 3.4), layout="constrained")
    ax = fig.subplots()
    top = [label for label, _ in summary.counts[:LINES] if label in summary.weekly]
    other = [sum(v[i] for k, v in summary.weekly.items() if k not in top and k != OUT_OF_SCOPE)
             for i in range(len(summary.weeks))]
    for label in top:
        ax.plot(summary.weeks, summary.weekly[label], marker="o", markersize=3, label=label)
    if any(other):
        ax.plot(summary.weeks, other, color=OTHER, marker="o", markersize=3, label="other labels")
    if OUT_OF_SCOPE in summary.weekly:
        ax.plot(summary.weeks, summary.weekly[OUT_OF_SCOPE], color=GREY, linestyle="--", label=OUT_OF_SCOPE)
    ax.set_ylabel("items per week")
    ax.legend(fontsize=7, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.autofmt_xdate()
    return fig


def _svg(fig) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg")
    text = buf.getvalue()
    return re.sub(r"\s*<metadata>.*?</metadata>", "", text[text.index("<svg"):], flags=re.S)


def charts(summary: Summary) -> dict[str, str]:
    """Inline SVG of each chart: "labels", and "trend" when the items have dates."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        out = {"labels": _svg(_bars(summary))}
        if summary.weeks:
            out["trend"] = _svg(_trend(summary))
    return out


def html(summary: Summary) -> str:
    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    page = env.from_string(_PAGE).render(
        s=summary, charts=charts(summary), generated=datetime.now().strftime("%Y-%m-%d %H:%M"),
        pct=lambda n: f"{n / summary.total:.1%}", OUT_OF_SCOPE=OUT_OF_SCOPE)
    return page.replace("/*font-face*/", _font_face(page), 1)


def _font_face(page: str) -> str:
    """The bundled font, cut down to the Japanese characters of the page and embedded, so that a
    machine without a Japanese font shows them too (a few hundred characters: tens of kB)."""
    from fontTools import subset

    wanted = sorted({ord(c) for c in page if ord(c) >= 0x2E80})
    if not wanted:
        return ""
    options = subset.Options()
    options.flavor = "woff"
    options.name_IDs = []  # no names, copyright notice kept in the licence file of the package
    path = resources.files("japanize_matplotlib") / "fonts" / "ipaexg.ttf"
    font = subset.load_font(str(path), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    buf = io.BytesIO()
    subset.save_font(font, buf, options)
    data = base64.b64encode(buf.getvalue()).decode()
    return ('@font-face{font-family:"kogata-ja";unicode-range:U+2E80-FFFF;'
            f'src:url(data:font/woff;base64,{data}) format("woff")}}')



def pdf(summary: Summary) -> bytes:
    """The report's figures and tables as A4 pages."""
    import matplotlib
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    buf = io.BytesIO()
    with matplotlib.rc_context(_rc()), PdfPages(buf) as pages:
        cover = Figure(figsize=(8.27, 11.69))
        lines = [summary.title, f"classifier {summary.classifier} · {summary.total} items · "
                 f"out of scope {summary.out_of_scope} ({summary.out_of_scope / summary.total:.1%})"]
        lines += [f"{label}: {n} ({n / summary.total:.1%})" for label, n in summary.counts[:40]]
        for i, line in enumerate(lines):
            cover.text(0.08, 0.95 - i * 0.02, line, fontsize=14 if i == 0 else 9)
        pages.savefig(cover)
        pages.savefig(_bars(summary))
        if summary.weeks:
            pages.savefig(_trend(summary))
        review = Figure(figsize=(8.27, 11.69))
        review.text(0.08, 0.95, "To review: the least confident items", fontsize=12)
        for i, c in enumerate(summary.review):
            flag = " (out of scope)" if c.out_of_scope else ""
            review.text(0.08, 0.92 - i * 0.04, f"row {c.item.row}: {c.label}{flag} {c.confidence:.2f}", fontsize=8)
            review.text(0.1, 0.905 - i * 0.04, c.item.text[:90], fontsize=8, color="#444")
        pages.savefig(review)
    return buf.getvalue()


_PAGE = """<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>{{ s.title }}</title>
<style>
/*font-face*/
body{font-family:"kogata-ja",system-ui,-apple-system,sans-serif;margin:2rem auto;max-width:60rem;color:#202124;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #dadce0}
.meta{color:#5f6368;font-size:.9rem} .cards{display:flex;gap:1rem;margin:1rem 0}
.card{border:1px solid #dadce0;border-radius:8px;padding:.6rem 1rem} .card b{display:block;font-size:1.4rem}
table{border-collapse:collapse;width:100%;font-size:.9rem} td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums} figure{margin:1rem 0} figure svg{max-width:100%;height:auto}
.oos{color:#b3261e} .ex{color:#3c4043;font-size:.9rem;margin:.2rem 0 .2rem 1rem}
</style></head><body>
<h1>{{ s.title }}</h1>
<p class="meta">classifier <b>{{ s.classifier }}</b> · generated {{ generated }} by kogata</p>
<div class="cards">
 <div class="card">items<b id="total">{{ s.total }}</b></div>
 <div class="card">labels seen<b id="labels-seen">{{ s.counts|length }}</b></div>
 <div class="card">out of scope<b id="out-of-scope" data-count="{{ s.out_of_scope }}">{{ s.out_of_scope }} ({{ pct(s.out_of_scope) }})</b></div>
</div>
<h2>Per label</h2>
<figure id="chart-labels">{{ charts.labels|safe }}</figure>
<table id="labels"><thead><tr><th>label</th><th>items</th><th>share</th></tr></thead><tbody>
{% for label, n in s.counts %}<tr data-label="{{ label }}" data-count="{{ n }}"><td>{{ label }}</td><td class="n">{{ n }}</td><td class="n">{{ pct(n) }}</td></tr>
{% endfor %}<tr data-label="{{ OUT_OF_SCOPE }}" data-count="{{ s.out_of_scope }}" class="oos"><td>{{ OUT_OF_SCOPE }}</td><td class="n">{{ s.out_of_scope }}</td><td class="n">{{ pct(s.out_of_scope) }}</td></tr>
</tbody></table>
{% if charts.trend %}
<h2>Per week</h2>
<figure id="chart-trend">{{ charts.trend|safe }}</figure>
{% if s.undated %}<p class="meta">{{ s.undated }} items without a readable date are not in the weekly chart.</p>{% endif %}
{% endif %}
<h2>To review: the least confident items</h2>
<table id="review"><thead><tr><th>row</th><th>text</th><th>label</th><th>confidence</th></tr></thead><tbody>
{% for c in s.review %}<tr data-row="{{ c.item.row }}"{% if c.out_of_scope %} class="oos"{% endif %}><td class="n">{{ c.item.row }}</td><td>{{ c.item.text }}</td><td>{{ c.label }}{% if c.out_of_scope %} (out of scope){% endif %}</td><td class="n">{{ "%.2f"|format(c.confidence) }}</td></tr>
{% endfor %}</tbody></table>
<h2>Examples per label</h2>
{% for label, items in s.examples.items() %}<h3>{{ label }}</h3>
{% for c in items %}<p class="ex">{{ c.item.text }}</p>
{% endfor %}{% endfor %}
</body></html>
"""
