package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content negotiation: the preferred offer wins, and q=0 refuses a type (RFC 9110), most specific range first. */
class FormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/turtle|TURTLE",
        "text/turtle;q=0|NONE",
        "text/turtle;q=0, text/html|HTML",
        "text/turtle;q=0, */*|HTML",
        "*/*;q=0, text/turtle|TURTLE",
        "text/*;q=0, application/ld+json|JSONLD",
        "text/*;q=0, text/turtle;q=0.5|TURTLE",
        "application/ld+json;q=0.5, text/turtle|TURTLE",
        "image/png|NONE",
    })
    void negotiates(String accept, String expected) {
        Optional<Format> got = Format.negotiate(accept);
        assertEquals(expected, got.map(Enum::name).orElse("NONE"), accept);
    }
}
