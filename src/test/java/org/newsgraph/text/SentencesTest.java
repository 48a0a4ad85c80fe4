package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Sentence;
import org.newsgraph.doc.Sentences;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;

/** Sentences of made-up text, and the index that answers which sentence a position lies in. */
class SentencesTest {

    private static final SentenceSplitter SPLITTER = StandardPipeline.sentenceSplitter(StandardPipeline.lexicon());

    private static List<String> sentences(String s) {
        return SPLITTER.split(s).stream().map(x -> x.text(s)).toList();
    }

    @Test
    void aTitleEndsNoSentence() {
        assertEquals(List.of("Mr. Pardow said that the talks failed."),
                sentences("Mr. Pardow said that the talks failed."));
        assertEquals(List.of("The envoy met Gen. Smith and Dr. Olsen (Sen. Ray stayed away).", "Talks ended."),
                sentences("The envoy met Gen. Smith and Dr. Olsen (Sen. Ray stayed away). Talks ended."));
        assertEquals(List.of("Two envoys—Mr. Lee and “Mrs. Chan”—left."),
                sentences("Two envoys—Mr. Lee and “Mrs. Chan”—left."));
    }

    @Test
    void listedAbbreviationsAndInitialsEndNoSentence() {
        assertEquals(List.of("On Jan. 5 the U.S. envoy and J. R. Smith met in St. Petersburg, i.e. in Russia."),
                sentences("On Jan. 5 the U.S. envoy and J. R. Smith met in St. Petersburg, i.e. in Russia."));
        assertEquals(List.of("They spoke at No. 10 at 9 a.m. on Tuesday."),
                sentences("They spoke at No. 10 at 9 a.m. on Tuesday."));
    }

    @Test
    void theListHoldsTheAbbreviationFileAndTheTitlesWithAFullStop() {
        Set<String> list = ReferenceData.abbreviations("lexicon/abbreviations.tsv", StandardPipeline.lexicon().titles());
        assertTrue(list.containsAll(Set.of("e.g.", "Jan.", "St.", "Gen.", "Mr.", "Dr.")), list.toString());
        assertTrue(list.stream().allMatch(a -> a.endsWith(".") && a.strip().equals(a) && !a.contains("\t")),
                list.toString());
    }

    @Test
    void otherWordsEndSentencesWhateverTheirCase() {
        assertEquals(List.of("He said no.", "Then he left the UK.", "Talks resumed!", "Why?"),
                sentences("He said no. Then he left the UK. Talks resumed! Why?"));
    }

    @Test
    void splitsAtMarksAndLineBreaksAndSkipsLeadingWhitespace() {
        String s = "One went. Two came!\n\n  Three? Mr. X stayed.";
        assertEquals(List.of(new Sentence(0, 9), new Sentence(10, 19), new Sentence(23, 29), new Sentence(30, 43)),
                SPLITTER.split(s));
        assertEquals(List.of("a line", "no mark"), sentences("a line\nno mark"));
        assertEquals(List.of(), sentences(" \n "));
    }

    @Test
    void theIndexAnswersWithTheSentenceThePositionLiesIn() {
        SentenceSplitter splitter = new SentenceSplitter(Set.of("Mr."));
        String[] pieces = {"Mr.", "J.", "U.S.", "a", "B", " ", " ", ".", "!", "?", "\n", "\t", "\u3000", ":"};
        SplittableRandom r = new SplittableRandom(5);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(30);
            for (int k = 0; k < len; k++) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String s = b.toString();
            Sentences index = splitter.index(s);
            int covered = 0;
            for (Sentence x : index.sentences()) {
                assertTrue(x.start() >= covered && x.end() > x.start(), x + " in [" + s + "]");
                assertTrue(!Character.isWhitespace(s.charAt(x.start())), x + " in [" + s + "]");
                for (int i = covered; i < x.start(); i++) {
                    assertTrue(Character.isWhitespace(s.charAt(i)), "between sentences at " + i + " in [" + s + "]");
                }
                for (int i = x.start(); i < x.end(); i++) {
                    assertEquals(x.start(), index.start(i), "start of " + i + " in [" + s + "]");
                    assertEquals(x.end(), index.end(i), "end of " + i + " in [" + s + "]");
                }
                covered = x.end();
            }
        }
    }

    @Test
    void aLongSentenceIsAskedAboutInConstantTime() {
        String s = "word ".repeat(400_000);
        Sentences index = SPLITTER.index(s);
        long t0 = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < s.length(); i += 10) {
            sum += index.start(i) + index.end(i);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals((long) s.length() / 10 * s.length(), sum);
        // A walk per question would take some 10^11 steps here.
        assertTrue(seconds < 5, seconds + " s");
    }
}
