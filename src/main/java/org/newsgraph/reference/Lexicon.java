package org.newsgraph.reference;

import java.util.Set;

/**
 * Word lists from src/main/resources/lexicon/ that name recognition needs beyond the gazetteer:
 * given names, titles, organisation head nouns, verbs of saying, sentence starters.
 */
public record Lexicon(Set<String> givenNames, Set<String> titles, Set<String> orgHeads, Set<String> sayingVerbs,
                      Set<String> sentenceStarters) {
    public Lexicon {
        givenNames = Set.copyOf(givenNames);
        titles = Set.copyOf(titles);
        orgHeads = Set.copyOf(orgHeads);
        sayingVerbs = Set.copyOf(sayingVerbs);
        sentenceStarters = Set.copyOf(sentenceStarters);
    }
}
