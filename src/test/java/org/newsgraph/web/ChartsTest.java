package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The pictures are well-formed SVG whatever the labels hold, one link per bar or node, the same bytes for the same data. */
class ChartsTest {

    private static final String HOSTILE = "<script>alert(1)</script> \"&'";

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> hrefs(Document d) {
        NodeList as = d.getElementsByTagName("a");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < as.getLength(); i++) {
            out.add(as.item(i).getAttributes().getNamedItem("href").getNodeValue());
        }
        return out;
    }

    @Test
    void barsLinkEachNonEmptyPeriodAndEscapeNames() throws Exception {
        List<Charts.Count> counts = List.of(new Charts.Count("2014-06", 3), new Charts.Count("2015-01", 1),
                new Charts.Count("2015", 7), new Charts.Count("2015-01-20", 2));
        String svg = Charts.bars(HOSTILE, List.of(new Charts.Series(HOSTILE, "bar-claim", counts, p -> "/claim/?from=" + p)));
        Document d = parse(svg);
        assertEquals(List.of("/claim/?from=2014-06", "/claim/?from=2015-01"), hrefs(d), "the year-only count is in no month");
        assertEquals(HOSTILE, d.getDocumentElement().getAttribute("aria-label"));
        assertFalse(svg.contains("<script>"), svg);
        assertEquals(svg, Charts.bars(HOSTILE, List.of(new Charts.Series(HOSTILE, "bar-claim", counts, p -> "/claim/?from=" + p))));
        assertTrue(svg.contains("2015-01: 3 " + HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")),
                "one bar per month sums its counts");
    }

    @Test
    void longRangesCountYears() throws Exception {
        List<Charts.Count> counts = List.of(new Charts.Count("2001-03", 1), new Charts.Count("2001-09", 2),
                new Charts.Count("2020-05", 4));
        Document d = parse(Charts.bars("t", List.of(new Charts.Series("articles", "bar-article", counts, p -> "/a?" + p))));
        assertEquals(List.of("/a?2001", "/a?2020"), hrefs(d));
        assertEquals("", Charts.bars("t", List.of(new Charts.Series("none", "x", List.of(), p -> p))), "nothing dated, no picture");
    }

    @Test
    void networkLinksADozenNeighboursAtMost() throws Exception {
        List<Charts.Neighbour> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new Charts.Neighbour(HOSTILE + " number " + i + " with a very long name indeed", "/actor/n" + i, 20 - i));
        }
        String svg = Charts.network("net", HOSTILE, many);
        Document d = parse(svg);
        assertEquals(12, hrefs(d).size());
        assertEquals("/actor/n0", hrefs(d).get(0));
        assertFalse(svg.contains("<script>"));
        assertTrue(svg.contains("…"), "long names are shortened, their full name in the title");
        assertEquals("", Charts.network("net", "x", List.of()));
    }
}
