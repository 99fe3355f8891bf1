"""SVG charts of bench/run.py's results, with the standard library only.

`run.py --plot DIR` (or `run.py --from FILE --plot DIR`) calls `write_all`,
which writes:

* times.svg      median time per engine per benchmark, log scale, start-up included
* times-net.svg  the same with each engine's start-up subtracted (needs the startup row)
* ablation.svg   stitch's JIT with one technique off, as a factor of the full JIT's time
* memory.svg     peak resident memory per engine per benchmark, log scale

The time charts are dot plots: one row per benchmark, one lane per engine
inside it, so that nine engines over twenty benchmarks stay readable where
grouped bars would be a thicket. The ablation chart is a bar chart that
grows from 1x: right for a slowdown (the technique helps), left for a
speed-up. Every mark has a <title>, so a browser shows its exact value on
hover. No matplotlib: machines without it must still draw the charts, and
the SVG is simple enough to write by hand.
"""

import math
import os
import statistics
from xml.sax.saxutils import escape

FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\""
# Tableau 10: distinguishable, and still tellable apart by most people
# with a colour vision deficiency when paired with the marker shapes.
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
           "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
SHAPES = ["circle", "square", "diamond", "triangle", "down"]

LABEL_W = 110     # left margin: benchmark names
RIGHT = 30
LANE = 5          # vertical distance between two engines' lanes in a row
ROW_PAD = 8


def _num(x):
    """A tick or value label: 0.05, 0.1, 1, 20, 1.5k."""
    if x >= 1000:
        return "%gk" % (x / 1000.0)
    if x >= 1:
        return "%g" % round(x, 2)
    return ("%.3f" % x).rstrip("0").rstrip(".")


class LogAxis:
    """Maps values to x on a log scale from a decade below the smallest
    value to a decade above the largest (or tighter, at 1-2-5 steps)."""

    def __init__(self, values, x0, x1, floor=None, ceil=None):
        lo, hi = min(values), max(values)
        if floor is not None:
            lo = min(lo, floor)
        if ceil is not None:
            hi = max(hi, ceil)
        self.lo, self.hi = self._step_down(lo), self._step_up(hi)
        self.x0, self.x1 = x0, x1

    @staticmethod
    def _steps(v):
        d = 10 ** math.floor(math.log10(v))
        return [d * m for m in (1, 2, 5, 10)]

    def _step_down(self, v):
        return max(s for s in self._steps(v) if s <= v * 1.0000001)

    def _step_up(self, v):
        return min(s for s in self._steps(v) if s >= v / 1.0000001)

    def x(self, v):
        v = min(max(v, self.lo), self.hi)
        span = math.log10(self.hi) - math.log10(self.lo)
        return self.x0 + (self.x1 - self.x0) * (math.log10(v) - math.log10(self.lo)) / span

    def ticks(self):
        """(value, major) pairs: decades are major, 2 and 5 minor."""
        out = []
        d = 10 ** math.floor(math.log10(self.lo))
        while d <= self.hi * 1.0000001:
            for m in (1, 2, 5):
                v = d * m
                if self.lo / 1.0000001 <= v <= self.hi * 1.0000001:
                    out.append((v, m == 1))
            d *= 10
        return out


class Svg:
    def __init__(self, width):
        self.width = width
        self.parts = []

    def add(self, s):
        self.parts.append(s)

    def text(self, x, y, s, size=12, anchor="start", weight="normal", fill="#222", extra=""):
        self.add('<text x="%.1f" y="%.1f" font-size="%d" text-anchor="%s" font-weight="%s" fill="%s"%s>%s</text>'
                 % (x, y, size, anchor, weight, fill, extra, escape(s)))

    def line(self, x1, y1, x2, y2, stroke="#ccc", width=1.0, dash=None):
        d = ' stroke-dasharray="%s"' % dash if dash else ""
        self.add('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"%s/>'
                 % (x1, y1, x2, y2, stroke, width, d))

    def rect(self, x, y, w, h, fill, title=None, stroke=None):
        st = ' stroke="%s"' % stroke if stroke else ""
        body = "<title>%s</title>" % escape(title) if title else ""
        self.add('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"%s>%s</rect>'
                 % (x, y, max(w, 0.5), h, fill, st, body))

    def marker(self, shape, x, y, r, fill, title=None, hollow=False):
        body = "<title>%s</title>" % escape(title) if title else ""
        paint = 'fill="white" stroke="%s" stroke-width="1.6"' % fill if hollow \
            else 'fill="%s" stroke="white" stroke-width="0.6"' % fill
        if shape == "circle":
            self.add('<circle cx="%.1f" cy="%.1f" r="%.1f" %s>%s</circle>' % (x, y, r, paint, body))
            return
        if shape == "square":
            pts = [(x - r, y - r), (x + r, y - r), (x + r, y + r), (x - r, y + r)]
        elif shape == "diamond":
            q = r * 1.3
            pts = [(x, y - q), (x + q, y), (x, y + q), (x - q, y)]
        elif shape == "triangle":
            q = r * 1.25
            pts = [(x, y - q), (x + q, y + q * 0.8), (x - q, y + q * 0.8)]
        else:
            q = r * 1.25
            pts = [(x, y + q), (x + q, y - q * 0.8), (x - q, y - q * 0.8)]
        self.add('<polygon points="%s" %s>%s</polygon>'
                 % (" ".join("%.1f,%.1f" % p for p in pts), paint, body))

    def render(self, height):
        head = ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" %s>\n'
                '<rect width="100%%" height="100%%" fill="white"/>\n' % (self.width, height, self.width, height, FONT))
        return head + "\n".join(self.parts) + "\n</svg>\n"


def _legend(svg, items, y, x0=LABEL_W, x1=None):
    """items: (label, draw(x, y)) laid out left to right, wrapping.
    Returns the y below the legend."""
    x1 = x1 or svg.width - RIGHT
    x = x0
    for label, draw in items:
        w = 22 + 7.0 * len(label)
        if x + w > x1 and x > x0:
            x, y = x0, y + 18
        draw(x + 6, y - 4)
        svg.text(x + 15, y, label, size=12)
        x += w + 10
    return y + 14


def _axis(svg, axis, top, bottom, unit):
    for v, major in axis.ticks():
        x = axis.x(v)
        svg.line(x, top, x, bottom, stroke="#bbb" if major else "#e3e3e3",
                 width=1.0, dash=None if major else "3,3")
        if major or axis.hi / axis.lo < 1000:
            svg.text(x, bottom + 15, _num(v), size=11, anchor="middle", fill="#444")
    svg.text((axis.x0 + axis.x1) / 2, bottom + 33, unit, size=12, anchor="middle")


def dot_plot(title, subtitle, rows, engines, value_of, unit, value_text, floor=None):
    """rows: benchmark names; engines: [(id, label)]; value_of(row, id) ->
    number or None. One row per benchmark, one lane per engine. Below
    `floor` (if given) nothing can be measured: that band is greyed."""
    values = [value_of(b, e) for b in rows for e, _ in engines]
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    svg = Svg(960)
    svg.text(LABEL_W, 24, title, size=16, weight="bold")
    svg.text(LABEL_W, 42, subtitle, size=11, fill="#555")
    style = {}
    for k, (eid, label) in enumerate(engines):
        style[eid] = (PALETTE[k % len(PALETTE)], SHAPES[k % len(SHAPES)], eid.startswith("stitch"))
    items = []
    for eid, label in engines:
        colour, shape, ours = style[eid]
        items.append((label, lambda x, y, c=colour, s=shape, o=ours: svg.marker(s, x, y, 5 if o else 4.2, c)))
    top = _legend(svg, items, 64) + 6
    row_h = LANE * len(engines) + 2 * ROW_PAD
    bottom = top + row_h * len(rows)
    axis = LogAxis(values, LABEL_W + 10, svg.width - RIGHT)
    for i, b in enumerate(rows):
        y0 = top + i * row_h
        if i % 2 == 0:
            svg.rect(LABEL_W, y0, svg.width - RIGHT - LABEL_W, row_h, "#f5f6f8")
    if floor and floor > axis.lo:
        fx = axis.x(floor)
        svg.rect(axis.x0 - 10, top, fx - axis.x0 + 10, bottom - top, "#000000",
                 title="at or below the harness's own size: not measurable")
        svg.parts[-1] = svg.parts[-1].replace('fill="#000000"', 'fill="#000000" fill-opacity="0.07"')
        svg.text(fx + 4, bottom - 6, "◂ the harness's own size (%.0f): nothing reads below it" % floor,
                 size=10, fill="#555")
    _axis(svg, axis, top, bottom, unit)
    for i, b in enumerate(rows):
        y0 = top + i * row_h
        svg.text(LABEL_W - 8, y0 + row_h / 2 + 4, b, size=12, anchor="end")
        for k, (eid, label) in enumerate(engines):
            v = value_of(b, eid)
            if v is None:
                continue
            colour, shape, ours = style[eid]
            y = y0 + ROW_PAD + LANE * k + LANE / 2
            svg.marker(shape, axis.x(max(v, axis.lo)), y, 5 if ours else 4.2, colour,
                       title="%s, %s: %s" % (b, label, value_text(v)))
    svg.line(LABEL_W, bottom, svg.width - RIGHT, bottom, stroke="#888")
    return svg.render(bottom + 45)


def bar_plot(title, subtitle, rows, series, value_of):
    """Slowdown factors: bars from 1x, one lane per series in each row."""
    values = [value_of(b, s) for b in rows for s, _ in series]
    values = [v for v in values if v is not None and v > 0]
    if not values:
        return None
    svg = Svg(960)
    svg.text(LABEL_W, 24, title, size=16, weight="bold")
    svg.text(LABEL_W, 42, subtitle, size=11, fill="#555")
    colours = {s: PALETTE[k % len(PALETTE)] for k, (s, _) in enumerate(series)}
    items = [(label, lambda x, y, c=colours[s]: svg.rect(x - 5, y - 5, 10, 10, c)) for s, label in series]
    top = _legend(svg, items, 64) + 6
    bar, gap = 6, 1
    row_h = (bar + gap) * len(series) + 2 * ROW_PAD
    bottom = top + row_h * len(rows)
    axis = LogAxis(values, LABEL_W + 10, svg.width - RIGHT - 40, floor=0.5, ceil=2)
    for i, b in enumerate(rows):
        if i % 2 == 0:
            svg.rect(LABEL_W, top + i * row_h, svg.width - RIGHT - LABEL_W, row_h, "#f5f6f8")
    _axis(svg, axis, top, bottom, "time with the technique off ÷ time of the full JIT (log scale; right of 1×: the technique helps)")
    one = axis.x(1.0)
    svg.line(one, top, one, bottom, stroke="#333", width=1.2)
    for i, b in enumerate(rows):
        y0 = top + i * row_h
        svg.text(LABEL_W - 8, y0 + row_h / 2 + 4, b, size=12, anchor="end")
        for k, (s, label) in enumerate(series):
            v = value_of(b, s)
            if v is None:
                continue
            y = y0 + ROW_PAD + (bar + gap) * k
            x = axis.x(v)
            svg.rect(min(one, x), y, abs(x - one), bar, colours[s], title="%s, %s: %.2f×" % (b, label, v))
            if v >= 1.5:
                svg.text(x + 3, y + bar, "%.1f×" % v, size=9, fill="#444")
    svg.line(LABEL_W, bottom, svg.width - RIGHT, bottom, stroke="#888")
    return svg.render(bottom + 45)


def _median(r):
    return statistics.median(r.times) if r is not None and r.times and r.status in ("ok", "mismatch") else None


def write_all(out_dir, info, runs, engines, rows, results, ablation, flags, startup, floor_kb=0):
    """Writes the charts into out_dir; returns the paths written."""
    os.makedirs(out_dir, exist_ok=True)
    benches = [b for b in rows if b != startup]
    eng = [(e.id, e.label) for e in engines]
    machine = info[0].replace("Machine: ", "")
    sub = "median of %s; %s" % ("%d runs each" % runs if isinstance(runs, int) else runs, machine)
    written = []

    def save(name, text):
        if text:
            path = os.path.join(out_dir, name)
            with open(path, "w") as f:
                f.write(text)
            written.append(path)

    def raw(b, eid):
        return _median(results.get(b, {}).get(eid))

    def secs(v):
        return "%.3f s" % v
    save("times.svg", dot_plot("Time per benchmark, whole process (lower is better)", sub,
                               benches, eng, raw, "seconds, log scale (start-up included)", secs))

    if startup in results:
        def net(b, eid):
            v, st = raw(b, eid), raw(startup, eid)
            return None if v is None or st is None else max(v - st, 1e-3)
        save("times-net.svg", dot_plot("Time per benchmark without start-up (lower is better)",
                                       sub + "; each engine's console.log(1) time subtracted",
                                       benches, eng, net, "seconds, log scale (start-up subtracted)", secs))

    def rss(b, eid):
        r = results.get(b, {}).get(eid)
        return statistics.median(r.rss) / 1024.0 if r is not None and getattr(r, "rss", None) else None
    floor = floor_kb / 1024.0
    mem_sub = sub + ("; nothing reads below the harness's own %.0f MB (see run.py)" % floor if floor else "")
    save("memory.svg", dot_plot("Peak resident memory per benchmark (lower is better)", mem_sub,
                                rows, eng, rss, "MB, log scale (ru_maxrss of each process)",
                                lambda v: ("≤ %.0f MB" % floor) if floor and v <= floor * 1.02 else "%.1f MB" % v,
                                floor=floor * 1.02 if floor else None))

    if ablation:
        series = [("stitch" + f, f) for f in flags]

        def factor(b, sid):
            full, off = raw(b, "stitch-jit"), _median(ablation.get(b, {}).get(sid))
            return None if full is None or off is None or full <= 0 else off / full
        save("ablation.svg", bar_plot("What each JIT technique buys: stitch's JIT with one switched off",
                                      sub, [b for b in benches if b in ablation], series, factor))
    return written
