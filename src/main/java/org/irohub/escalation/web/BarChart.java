package org.irohub.escalation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A horizontal bar chart laid out on the server, so the page draws it as inline SVG with no script: each bar's
 * label above it and its value at its end. {@link #description()} says the same in words for screen readers.
 */
record BarChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LONGEST_BAR = 540;
    static final int ROW = 56;
    static final int BAR_HEIGHT = 24;

    record Bar(String label, long value, int labelY, int barY, int barWidth, int valueX, int valueY) {
    }

    record Item(String label, long value) {
    }

    static BarChart of(List<Item> items) {
        long max = items.stream().mapToLong(Item::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int top = i * ROW;
            int length = max == 0 ? 0 : (int) Math.round((double) item.value() * LONGEST_BAR / max);
            // A small count still shows as a visible sliver next to a large one.
            if (item.value() > 0 && length < 3) {
                length = 3;
            }
            bars.add(new Bar(item.label(), item.value(), top + 18, top + 26, length, length + 8, top + 26 + 18));
        }
        return new BarChart(WIDTH, Math.max(ROW, items.size() * ROW + 4), bars);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public String description() {
        return bars.stream().map(b -> b.label() + ": " + b.value()).collect(Collectors.joining("; ")) + ".";
    }
}
