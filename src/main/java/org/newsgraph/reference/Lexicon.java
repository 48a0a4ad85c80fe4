package org.newsgraph.reference;

import java.util.Set;

/**
 * Word lists from src/main/resources/lexicon/ that name recognition needs beyond the gazetteer:
 * given names, titles, organisation head nouns, verbs of saying, sentence starters, and names that
 * are neither actors nor countries (former states).
 */
public record Lexicon(Set<String> givenNames, Set<String> titles, Set<String> orgHeads, Set<String> sayingVerbs,
                      Set<String> sentenceStarters, Set<String> notEntities) {
    public Lexicon {
        notEntities = Set.copyOf(notEntities);
        givenNames = Set.copyOf(givenNames);
        titles = Set.copyOf(titles);
        orgHeads = Set.copyOf(orgHeads);
        sayingVerbs = Set.copyOf(sayingVerbs);
        sentenceStarters = Set.copyOf(sentenceStarters);
    }
}
