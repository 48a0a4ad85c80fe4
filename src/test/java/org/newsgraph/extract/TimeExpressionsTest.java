package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.text.PartialDate;

/** Relative dates resolved against an article of Wednesday 9 December 2015, at the precision the text gives. */
class TimeExpressionsTest {

    private static final PartialDate ARTICLE = PartialDate.of(LocalDate.of(2015, 12, 9));
    private final TimeExpressions times = new TimeExpressions();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a call early on Wednesday|2015-12-09",
        "they met on Tuesday|2015-12-08",
        "the vote last week|2015-12",
        "talks last year|2014",
        "in early March the move came|2015-03",
        "met in November|2015-11",
        "two weeks ago he wrote|2015-11",
        "three days ago|2015-12-06",
        "briefed MPs today|2015-12-09",
        "on 10 to 11 April|2015-04-10",
        "in September 2014|2014-09",
        "the 2003 war|2003",
        "yesterday|2015-12-08",
        "he will visit Moscow on Friday|2015-12-11",
        "the referendum due on 16 April|2016-04-16",
        "elections are scheduled to take place in May|2016-05",
        "they met on Friday|2015-12-04",
    })
    void resolves(String sentence, String expected) {
        assertEquals(expected, times.find(sentence, ARTICLE).get(0).date().lexical());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"on Tuesday", "last week", "in March"})
    void withoutAnArticleDateNothingRelativeResolves(String sentence) {
        assertTrue(times.find(sentence, null).isEmpty(), sentence);
    }
}
