package io.jenkins.plugins.spsbacklinks;

import io.spsbacklinks.gate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Renders the project trend (backlinks, referring domains and lost backlinks per build) as a
 * self-contained SVG: no script, no style element or attribute, no external reference, so it works
 * under Jenkins' Content-Security-Policy and in e-mails. Presentation attributes only; each point has
 * a {@code <title>} tooltip.
 */
public final class TrendChart {
  static final int WIDTH = 600;
  static final int PANEL_HEIGHT = 110;
  private static final int LEFT = 70;
  private static final int RIGHT = 20;
  private static final int TOP = 22;
  private static final int BOTTOM = 24;

  private TrendChart() {}

  private record Series(String title, String color, Function<TrendPoint, Long> value) {}

  private record Plotted(double x, double y, TrendPoint point, long value) {}

  private static final List<Series> SERIES = List.of(
      new Series("Backlinks", "#1f77b4", TrendPoint::backlinks),
      new Series("Referring domains", "#2ca02c", TrendPoint::refdomains),
      new Series("Lost backlinks", "#d62728", p -> p.lostBacklinks()));

  /**
   * The chart for {@code points}, oldest first; an SVG document fragment ({@code <svg>...</svg>}).
   */
  public static String render(List<TrendPoint> points) {
    int height = SERIES.size() * PANEL_HEIGHT;
    StringBuilder svg = new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sps-backlinks-trend\" role=\"img\"")
        .append(" width=\"").append(WIDTH).append("\" height=\"").append(height).append('"')
        .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\">")
        .append("<title>Backlinks trend</title>");
    for (int i = 0; i < SERIES.size(); i++) {
      panel(svg, SERIES.get(i), points, i * PANEL_HEIGHT);
    }
    return svg.append("</svg>").toString();
  }

  private static void panel(StringBuilder svg, Series series, List<TrendPoint> points, int y0) {
    int plotTop = y0 + TOP;
    int plotBottom = y0 + PANEL_HEIGHT - BOTTOM;
    int plotRight = WIDTH - RIGHT;
    text(svg, LEFT, y0 + 14, "start", "bold", series.title());
    line(svg, LEFT, plotBottom, plotRight, plotBottom, "#999999");
    line(svg, LEFT, plotTop, LEFT, plotBottom, "#999999");

    List<Plotted> plotted = new ArrayList<>();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (TrendPoint p : points) {
      Long v = series.value().apply(p);
      if (v != null) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (min == Long.MAX_VALUE) {
      text(svg, (LEFT + plotRight) / 2, (plotTop + plotBottom) / 2, "middle", "normal", "no data");
      return;
    }
    // Counts start at zero when that keeps the line readable; big stable counts get a zoomed axis.
    long low = min > 0 && (max - min) * 4 < min ? min : 0;
    long high = max == low ? low + 1 : max;
    text(svg, LEFT - 6, plotTop + 4, "end", "normal", GateRunSummary.Numbers.format(high));
    text(svg, LEFT - 6, plotBottom + 4, "end", "normal", GateRunSummary.Numbers.format(low));

    int n = points.size();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < n; i++) {
      TrendPoint p = points.get(i);
      Long v = series.value().apply(p);
      if (v == null) {
        continue;
      }
      double x = n == 1 ? (LEFT + plotRight) / 2.0 : LEFT + (plotRight - LEFT) * i / (double) (n - 1);
      double y = plotBottom - (plotBottom - plotTop) * (v - low) / (double) (high - low);
      path.append(path.length() == 0 ? "" : " ").append(coord(x)).append(',').append(coord(y));
      plotted.add(new Plotted(x, y, p, v));
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(series.color())
        .append("\" stroke-width=\"2\" points=\"").append(path).append("\"/>");
    for (Plotted p : plotted) {
      Verdict verdict = p.point().verdict();
      svg.append("<circle cx=\"").append(coord(p.x())).append("\" cy=\"").append(coord(p.y()))
          .append("\" r=\"3.5\" fill=\"").append(color(verdict)).append("\" stroke=\"").append(series.color())
          .append("\"><title>").append(escape("#" + p.point().build() + ": " + GateRunSummary.Numbers.format(p.value())
              + " " + series.title().toLowerCase(Locale.ROOT) + ", gate " + verdict))
          .append("</title></circle>");
    }
    text(svg, LEFT, plotBottom + 16, "start", "normal", "#" + points.get(0).build());
    text(svg, plotRight, plotBottom + 16, "end", "normal", "#" + points.get(n - 1).build());
  }

  private static String color(Verdict verdict) {
    return switch (verdict) {
      case PASS -> "#ffffff";
      case WARN -> "#f0ad00";
      case FAIL -> "#d62728";
    };
  }

  private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String color) {
    svg.append("<line x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
        .append("\" y2=\"").append(y2).append("\" stroke=\"").append(color).append("\"/>");
  }

  private static void text(StringBuilder svg, int x, int y, String anchor, String weight, String text) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"").append(anchor)
        .append("\" font-family=\"sans-serif\" font-size=\"11\" font-weight=\"").append(weight)
        .append("\" fill=\"#333333\">").append(escape(text)).append("</text>");
  }

  private static String coord(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
