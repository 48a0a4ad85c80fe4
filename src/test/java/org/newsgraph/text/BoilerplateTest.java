package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.pipeline.StandardPipeline;
import org.newsgraph.reference.ReferenceData;

/** Notices and menu items, at the word counts where the tests switch from the full forms to the open ones. */
class BoilerplateTest {

    private static final Boilerplate boilerplate = new Boilerplate(
            StandardPipeline.readerRules(ReferenceData.referenceModel()));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Share this article on Facebook|true",
        "Or enter with social networking:|true",
        "Share this article on Facebook now|false",
        "12 comments|true",
        "Reading time: four minutes, or a little more if you stop to look at the pictures|true",
        "Image copyright Getty Images and some other agencies that sold the picture|true",
        "Follow us on all the usual places where you find news these days|true",
        "We use cookies to give you the best experience on our website today|true",
        "The minister said the talks would resume on Monday in Geneva after a break|false",
        "Facebook|true",
        "×|true",
    })
    void notices(String line, boolean notice) {
        assertEquals(notice, boilerplate.isNotice(line));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "• Home|true",
        "► World news|true",
        "3. Politics|true",
        "12) Most read|true",
        "1. This is a whole sentence.|false",
        "Home|false",
        "2016 was a year of change|false",
    })
    void navigation(String line, boolean navigation) {
        assertEquals(navigation, boilerplate.isNavigation(line));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "More from a b c d e f g h i j k l m n o p q r s t|true",
        "Support The Guardian|true",
        "Most read|true",
        "The views expressed in this article are the author's own and do not necessarily reflect those of the site, "
            + "its owners or its editors, or of anyone who reads it|true",
        "To continue reading this article and many more like it you will need to subscribe to one of our packages "
            + "today|true",
        "The minister said the talks would resume on Monday in Geneva after a short break, and that both sides had "
            + "agreed to keep the details private until then|false",
    })
    void endsOfArticles(String line, boolean end) {
        assertEquals(end, boilerplate.endsArticle(line) || boilerplate.breaksArticle(line));
    }

    @ParameterizedTest(name = "{0} -> ends {1}, breaks {2}")
    @CsvSource(delimiter = '|', value = {
        "12 comments|true|false",
        "Comments are closed on this article|true|false",
        "Support The Baltic Herald|false|true",
        "Since you're here, we have a small favour to ask|false|true",
        "Related stories|false|true",
        "Donate now|false|true",
    })
    void finalFurnitureEndsTheArticleWhileBannersOnlyBreakIt(String line, boolean ends, boolean breaks) {
        assertEquals(ends, boilerplate.endsArticle(line));
        assertEquals(breaks, boilerplate.breaksArticle(line));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Every contribution you make keeps our journalism free to read.|true",
        "We rely on readers like you to fund our reporting.|true",
        "The minister said the talks would resume on Monday in Geneva.|false",
        "\"We will not give in,\" the minister told reporters in Geneva.|false",
        "The US and Britain agreed to share the intelligence.|false",
    })
    void appealsAddressTheReaderOutsideQuotes(String line, boolean appeal) {
        assertEquals(appeal, boilerplate.isAppeal(line));
    }
}
