package org.irohub.scorecard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small line chart of twelve monthly values as the points of an SVG polyline, drawn on the server (no script,
 * so nothing for the content security policy to block). Months with no value are left out of the line.
 */
public record Sparkline(String points, String lastPoint, boolean empty) {

    static final int WIDTH = 120;
    static final int HEIGHT = 32;
    private static final int PAD = 3;

    static Sparkline of(List<? extends Number> values) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Number v : values) {
            if (v != null) {
                min = Math.min(min, v.doubleValue());
                max = Math.max(max, v.doubleValue());
            }
        }
        if (min == Double.MAX_VALUE) {
            return new Sparkline("", "", true);
        }
        double span = max == min ? 1 : max - min;
        double step = values.size() > 1 ? (WIDTH - 2.0 * PAD) / (values.size() - 1) : 0;
        List<String> points = new ArrayList<>();
        String last = "";
        for (int i = 0; i < values.size(); i++) {
            Number v = values.get(i);
            if (v != null) {
                double x = PAD + i * step;
                double y = max == min ? HEIGHT / 2.0 : HEIGHT - PAD - (v.doubleValue() - min) / span * (HEIGHT - 2.0 * PAD);
                last = String.format(Locale.ROOT, "%.1f,%.1f", x, y);
                points.add(last);
            }
        }
        return new Sparkline(String.join(" ", points), last, false);
    }

    public String lastX() {
        return lastPoint.isEmpty() ? "0" : lastPoint.substring(0, lastPoint.indexOf(','));
    }

    public String lastY() {
        return lastPoint.isEmpty() ? "0" : lastPoint.substring(lastPoint.indexOf(',') + 1);
    }
}
