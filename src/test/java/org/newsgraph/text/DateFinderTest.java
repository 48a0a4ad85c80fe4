package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date formats news sites print, and the strings that look like dates but are not. */
class DateFinderTest {

    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "06.04.2017|2017-04-06",
        "Wednesday 09 December 2015 17:24 GMT|2015-12-09",
        "June 16, 2014|2014-06-16",
        "by Crispin Blunt / March 16, 2017 / Leave a comment|2017-03-16",
        "Published time: 13 Oct, 2016 14:52|2016-10-13",
        "Mon 13 Mar 2017 18.23 GMT|2017-03-13",
        "12 MARCH 2017 • 7:00PM|2017-03-12",
        "2016-10-13T09:00:00Z|2016-10-13",
        "Published in April 2017 issue|2017-04",
        "Sept. 4th, 2015|2015-09-04",
        "31/12/2016|2016-12-31",
        "12/31/2016|2016-12-31",
    })
    void readsFormats(String text, String expected) {
        assertEquals(expected, finder.first(text).orElseThrow().lexical());
    }

    @Test
    void monthAndDayWithoutYearIsYearless() {
        List<DateFinder.Hit> hits = finder.find("LONDON, October 13. /TASS/.");
        assertEquals(1, hits.size());
        assertTrue(hits.get(0).yearless());
        assertEquals(10, hits.get(0).month());
        assertEquals(13, hits.get(0).day());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2 min read", "They may 12 times refuse", "31.02.2017", "in 1,700 cases",
        "Flight 9268 over Sinai"})
    void ignoresNonDates(String text) {
        assertTrue(finder.first(text).isEmpty(), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Auguſt 5, 2014|2014-08-05",
        "on 2014-08-05 and 06.04.2017|2014-08-05",
        "Posted 3/4/2017 at noon|2017-04-03",
        "Mon 13 Mar 2017, 1/11/20|2017-03-13",
    })
    void findsDatesWithFoldedLettersAndSeveralSeparators(String text, String expected) {
        assertEquals(expected, finder.first(text).orElseThrow().lexical());
    }
}
