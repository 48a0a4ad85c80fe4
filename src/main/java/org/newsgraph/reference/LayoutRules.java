package org.newsgraph.reference;

import java.util.Set;

/**
 * The vocabulary of page layout the article reader's parts match (cues of rules/*.tsv by name, and word
 * classes); loaded by the reference-data loader and handed to the article reader (text.ArticleReader)'s constructor.
 *
 * @param cues          regular-expression fragments by cue name, each list in file order
 * @param notNameWords  lower-case words that make a capitalised line a label, not a person's name
 * @param functionWords lower-case words a title-case headline holds and a menu row does not
 * @param roleWords     lower-case words that start the role part of a byline
 * @param countryWords  lower-case words of country names and demonyms: no part of a writer's name
 * @param capitalWords  lower-case words of capital cities: they start a byline's role ("Moscow Correspondent")
 */
public record LayoutRules(Vocabulary cues, Set<String> notNameWords, Set<String> functionWords,
                          Set<String> roleWords, Set<String> countryWords, Set<String> capitalWords) {

    public LayoutRules {
        notNameWords = Set.copyOf(notNameWords);
        functionWords = Set.copyOf(functionWords);
        roleWords = Set.copyOf(roleWords);
        countryWords = Set.copyOf(countryWords);
        capitalWords = Set.copyOf(capitalWords);
    }

    /** The entries of one cue as one non-capturing alternation, tried in file order. */
    public String alternation(String cue) {
        return cues.alternation(cue);
    }
}
