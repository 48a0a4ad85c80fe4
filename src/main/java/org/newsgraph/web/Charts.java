package org.newsgraph.web;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Draws the pages' pictures as inline SVG, server-side and readable without JavaScript: counts over time
 * as bars (an entity's claims and events, the articles per month), and an entity's co-mention network.
 * Written with the JDK's XML writer, which escapes every name and label that came from an article, so
 * the templates may insert the result as markup. Deterministic: the same data give the same bytes.
 */
final class Charts {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int WIDTH = 760;
    private static final int HEIGHT = 170;
    private static final int LEFT = 34;
    private static final int BOTTOM = 22;
    private static final int TOP = 12;
    /** Past this many months the bars count years. */
    private static final int MAX_MONTHS = 72;
    private static final int LABEL = 18;

    /** A count for one month ("2015-12") or year ("2015"). */
    record Count(String period, long n) { }

    /**
     * One kind of thing counted over time: its name (as the legend and tooltips say it), the CSS class of
     * its bars, its counts, and the address that lists the things of one period (given "2015" or "2015-12").
     */
    record Series(String name, String css, List<Count> counts, Function<String, String> href) { }

    /** A neighbour in a co-mention network: its name, its page, and the articles it shares with the centre. */
    record Neighbour(String label, String href, long weight) { }

    private Charts() {
    }

    /** Bars over time, one group per month (per year past six years of months); empty when nothing is dated. */
    static String bars(String title, List<Series> series) {
        List<Series> dated = series.stream().map(s -> new Series(s.name(), s.css(), s.counts().stream()
                .filter(c -> c.period().matches("[0-9]{4}-[0-9]{2}.*")).toList(), s.href()))
                .filter(s -> !s.counts().isEmpty()).toList();
        if (dated.isEmpty()) {
            return "";
        }
        TreeMap<String, long[]> byPeriod = new TreeMap<>();
        for (Series s : dated) {
            s.counts().forEach(c -> byPeriod.putIfAbsent(c.period().substring(0, 7), new long[dated.size()]));
        }
        boolean years = months(byPeriod.firstKey(), byPeriod.lastKey()) > MAX_MONTHS;
        List<String> periods = periods(byPeriod.firstKey(), byPeriod.lastKey(), years);
        Map<String, long[]> counts = new TreeMap<>();
        periods.forEach(p -> counts.put(p, new long[dated.size()]));
        long max = 1;
        for (int i = 0; i < dated.size(); i++) {
            for (Count c : dated.get(i).counts()) {
                long[] slot = counts.get(years ? c.period().substring(0, 4) : c.period().substring(0, 7));
                slot[i] += c.n();
                max = Math.max(max, slot[i]);
            }
        }
        final long top = max;
        double slotWidth = (WIDTH - LEFT - 4.0) / periods.size();
        double barWidth = Math.max(1, slotWidth * 0.8 / dated.size());
        int plot = HEIGHT - BOTTOM - TOP;
        return write(title, w -> {
            line(w, LEFT, HEIGHT - BOTTOM, WIDTH - 2, HEIGHT - BOTTOM, "axis");
            text(w, LEFT - 4, TOP + 8, Long.toString(top), "tick end");
            text(w, LEFT - 4, HEIGHT - BOTTOM, "0", "tick end");
            int every = years ? Math.max(1, (int) Math.ceil(periods.size() / 14.0)) : 1;
            for (int p = 0; p < periods.size(); p++) {
                String period = periods.get(p);
                double x = LEFT + p * slotWidth;
                boolean labelled = years ? p % every == 0 : period.endsWith("-01") && Integer.parseInt(period.substring(0, 4)) % every == 0;
                if (labelled || p == 0) {
                    text(w, x + slotWidth / 2, HEIGHT - 6, years || p > 0 ? period.substring(0, 4) : period, "tick");
                }
                long[] slot = counts.get(period);
                for (int i = 0; i < dated.size(); i++) {
                    if (slot[i] == 0) {
                        continue;
                    }
                    Series s = dated.get(i);
                    double h = Math.max(2, plot * (double) slot[i] / top);
                    w.writeStartElement("a");
                    w.writeAttribute("href", s.href().apply(period));
                    w.writeStartElement("rect");
                    w.writeAttribute("class", s.css());
                    w.writeAttribute("x", num(x + slotWidth * 0.1 + i * barWidth));
                    w.writeAttribute("y", num(HEIGHT - BOTTOM - h));
                    w.writeAttribute("width", num(barWidth));
                    w.writeAttribute("height", num(h));
                    title(w, period + ": " + slot[i] + " " + s.name());
                    w.writeEndElement();
                    w.writeEndElement();
                }
            }
        });
    }

    /** The centre and up to a dozen neighbours on a circle, edges as thick as the articles they share. */
    static String network(String title, String centre, List<Neighbour> neighbours) {
        if (neighbours.isEmpty()) {
            return "";
        }
        List<Neighbour> shown = neighbours.subList(0, Math.min(12, neighbours.size()));
        long max = shown.stream().mapToLong(Neighbour::weight).max().orElse(1);
        double cx = WIDTH / 2.0;
        double cy = 150;
        double r = 118;
        return write(title, 300, w -> {
            List<double[]> at = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                double a = -Math.PI / 2 + 2 * Math.PI * i / shown.size();
                at.add(new double[] {cx + 1.9 * r * Math.cos(a), cy + r * Math.sin(a)});
                line(w, cx, cy, at.get(i)[0], at.get(i)[1], "edge", 1 + 5.0 * shown.get(i).weight() / max);
            }
            circle(w, cx, cy, 9, "centre", centre);
            text(w, cx, cy + 24, shorten(centre), "node centre-label");
            for (int i = 0; i < shown.size(); i++) {
                Neighbour n = shown.get(i);
                w.writeStartElement("a");
                w.writeAttribute("href", n.href());
                circle(w, at.get(i)[0], at.get(i)[1], 4 + 5.0 * n.weight() / max, "node",
                        n.label() + ": " + n.weight() + " shared article" + (n.weight() == 1 ? "" : "s"));
                text(w, at.get(i)[0], at.get(i)[1] + (at.get(i)[1] < cy ? -10 : 18), shorten(n.label()), "node");
                w.writeEndElement();
            }
        });
    }

    /** What draws the inside of one picture. */
    private interface Body {
        void draw(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(String title, Body body) {
        return write(title, HEIGHT, body);
    }

    private static String write(String title, int height, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            w.writeAttribute("viewBox", "0 0 " + WIDTH + " " + height);
            w.writeAttribute("width", Integer.toString(WIDTH));
            w.writeAttribute("height", Integer.toString(height));
            w.writeAttribute("role", "img");
            w.writeAttribute("aria-label", title);
            w.writeAttribute("class", "chart");
            title(w, title);
            body.draw(w);
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot draw " + title, e);
        }
        return out.toString();
    }

    private static void title(XMLStreamWriter w, String text) throws XMLStreamException {
        w.writeStartElement("title");
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void line(XMLStreamWriter w, double x1, double y1, double x2, double y2, String css) throws XMLStreamException {
        line(w, x1, y1, x2, y2, css, 1);
    }

    private static void line(XMLStreamWriter w, double x1, double y1, double x2, double y2, String css, double width)
            throws XMLStreamException {
        w.writeEmptyElement("line");
        w.writeAttribute("class", css);
        w.writeAttribute("x1", num(x1));
        w.writeAttribute("y1", num(y1));
        w.writeAttribute("x2", num(x2));
        w.writeAttribute("y2", num(y2));
        w.writeAttribute("stroke-width", num(width));
    }

    private static void circle(XMLStreamWriter w, double x, double y, double r, String css, String tip) throws XMLStreamException {
        w.writeStartElement("circle");
        w.writeAttribute("class", css);
        w.writeAttribute("cx", num(x));
        w.writeAttribute("cy", num(y));
        w.writeAttribute("r", num(r));
        title(w, tip);
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, double x, double y, String s, String css) throws XMLStreamException {
        w.writeStartElement("text");
        w.writeAttribute("class", css);
        w.writeAttribute("x", num(x));
        w.writeAttribute("y", num(y));
        w.writeCharacters(s);
        w.writeEndElement();
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= LABEL ? s : s.substring(0, s.offsetByCodePoints(0, LABEL - 1)) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static int months(String from, String to) {
        return (Integer.parseInt(to.substring(0, 4)) - Integer.parseInt(from.substring(0, 4))) * 12
                + Integer.parseInt(to.substring(5, 7)) - Integer.parseInt(from.substring(5, 7)) + 1;
    }

    // Every period from the first to the last, empty ones too, so that the axis keeps time's proportions.
    private static List<String> periods(String from, String to, boolean years) {
        List<String> out = new ArrayList<>();
        int y = Integer.parseInt(from.substring(0, 4));
        int m = years ? 1 : Integer.parseInt(from.substring(5, 7));
        int lastY = Integer.parseInt(to.substring(0, 4));
        int lastM = Integer.parseInt(to.substring(5, 7));
        while (y < lastY || y == lastY && (years || m <= lastM)) {
            out.add(years ? String.format(Locale.ROOT, "%04d", y) : String.format(Locale.ROOT, "%04d-%02d", y, m));
            if (years || ++m > 12) {
                y++;
                m = 1;
            }
        }
        return out;
    }
}
