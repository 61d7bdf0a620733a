package vn.foreignaffairs.registry.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as inline SVG: the geometry of each bar in a fixed view box,
 * scaled to the largest value. Pages carry no script, so the chart is only shapes and text.
 */
public record BarChart(int width, int height, int baseline, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final int LEFT = 16;

    /** One bar: its key (for tests and links), label under it, value over it, and its rectangle. */
    public record Bar(String key, String label, BigDecimal value, String valueText, int x, int y, int barWidth,
                      int barHeight, int labelX) {
    }

    public record Entry(String key, String label, BigDecimal value, String valueText) {
    }

    static BarChart of(List<Entry> entries) {
        int plot = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        BigDecimal max = entries.stream().map(Entry::value).reduce(BigDecimal.ZERO, BigDecimal::max);
        int slot = entries.isEmpty() ? 0 : (WIDTH - 2 * LEFT) / entries.size();
        int barWidth = Math.max(4, slot * 3 / 5);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int barHeight = max.signum() == 0 ? 0 : entry.value().multiply(BigDecimal.valueOf(plot))
                    .divide(max, 0, RoundingMode.HALF_UP).intValue();
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            bars.add(new Bar(entry.key(), entry.label(), entry.value(), entry.valueText(), x, baseline - barHeight,
                    barWidth, barHeight, x + barWidth / 2));
        }
        return new BarChart(WIDTH, HEIGHT, baseline, bars);
    }

    public boolean empty() {
        return bars.stream().allMatch(bar -> bar.value().signum() == 0);
    }
}
