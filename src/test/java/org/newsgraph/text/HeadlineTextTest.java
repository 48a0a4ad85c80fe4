package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.base.Deadline;
import org.newsgraph.doc.Layers;
import org.newsgraph.doc.Mention;
import org.newsgraph.doc.NewsDoc;
import org.newsgraph.pipeline.StandardPipeline;

/** The headline is read like the body: a name or country only in the headline is a mention with a span in it. */
class HeadlineTextTest {

    private static final String PAGE = """
            Merkel and Macron pledge joint fund for Kenya drought relief

            By Ingrid Solvang
            12 March 2019

            The two leaders met in Brussels on Monday and agreed to set aside money for the region, officials said.

            A second meeting is planned for the spring, when the details of the fund will be settled.
            """;

    @Test
    void analysedTextOpensWithTheHeadlineParagraph() {
        NewsDoc doc = StandardPipeline.of(ReaderFixture.REFERENCE).annotate(new NewsDoc("h1", PAGE), Deadline.NONE);
        String text = doc.body();
        assertTrue(text.startsWith("Merkel and Macron pledge joint fund for Kenya drought relief\n\nThe two leaders"),
                text);
        assertEquals("Merkel and Macron pledge joint fund for Kenya drought relief", doc.metadata().title());
        List<Mention> mentions = doc.get(Layers.MENTIONS);
        Mention kenya = mentions.stream().filter(m -> m.text().equals("Kenya")).findFirst()
                .orElseThrow(() -> new AssertionError("no mention of Kenya in " + mentions));
        assertEquals("Kenya", text.substring(kenya.start(), kenya.end()), "the span points into the analysed text");
        assertTrue(mentions.stream().anyMatch(m -> m.text().contains("Merkel")), mentions::toString);
    }

    @Test
    void pageWithoutHeadlineKeepsItsBodyAsTheText() {
        String body = "The two leaders met in Brussels on Monday and agreed to set aside money for the region, "
                + "officials said.";
        NewsDoc doc = StandardPipeline.of(ReaderFixture.REFERENCE).annotate(new NewsDoc("h2", body + "\n"),
                Deadline.NONE);
        assertEquals(body, doc.body());
    }
}
