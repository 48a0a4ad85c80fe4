package org.newsgraph.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.base.NewsgraphException;

/**
 * The word alternatives of one extractor's or resolver's patterns, by cue (rules/*-cues.tsv): loaded by
 * the reference-data loader and handed to that step's constructor, which builds its patterns from them once.
 *
 * @param file the rules file the cues came from, named in errors
 * @param cues regular-expression fragments by cue name, each list in file order
 */
public record Vocabulary(String file, Map<String, List<String>> cues) {

    public Vocabulary {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        cues.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        cues = Map.copyOf(copy);
    }

    /** The entries of one cue as one non-capturing alternation, tried in file order. */
    public String alternation(String cue) {
        return "(?:" + String.join("|", entries(cue)) + ")";
    }

    /** The entries of one cue, in file order; a cue the file lacks is an error, not an empty list. */
    public List<String> entries(String cue) {
        List<String> entries = cues.get(cue);
        if (entries == null || entries.isEmpty()) {
            throw new NewsgraphException(file, -1, "no entries for cue " + cue, null);
        }
        return entries;
    }
}
