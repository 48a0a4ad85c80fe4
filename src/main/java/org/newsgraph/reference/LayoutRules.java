package org.newsgraph.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.base.NewsgraphException;

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
public record LayoutRules(Map<String, List<String>> cues, Set<String> notNameWords, Set<String> functionWords,
                          Set<String> roleWords, Set<String> countryWords, Set<String> capitalWords) {

    public LayoutRules {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        cues.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        cues = Map.copyOf(copy);
        notNameWords = Set.copyOf(notNameWords);
        functionWords = Set.copyOf(functionWords);
        roleWords = Set.copyOf(roleWords);
        countryWords = Set.copyOf(countryWords);
        capitalWords = Set.copyOf(capitalWords);
    }

    /** The entries of one cue as one non-capturing alternation, tried in file order. */
    public String alternation(String cue) {
        List<String> entries = cues.get(cue);
        if (entries == null || entries.isEmpty()) {
            throw new NewsgraphException("rules", -1, "no entries for layout cue " + cue, null);
        }
        return "(?:" + String.join("|", entries) + ")";
    }
}
