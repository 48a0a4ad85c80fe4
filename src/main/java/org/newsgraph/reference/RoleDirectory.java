package org.newsgraph.reference;

import org.newsgraph.doc.Entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Finds role nouns ("the Foreign Secretary") in text and says who held the post on a given day. */
public final class RoleDirectory {

    /** A role title found at [start, end): every post that uses that title. */
    public record Hit(int start, int end, String title, List<Role> roles) { }

    private final PhraseMatcher<List<Role>> matcher;

    public RoleDirectory(List<Role> roles) {
        TreeMap<String, List<Role>> byTitle = new TreeMap<>();
        for (Role r : roles) {
            for (String t : r.titles()) {
                byTitle.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            }
        }
        matcher = new PhraseMatcher<>(byTitle);
    }

    /** Whole-word, leftmost-longest title hits. */
    public List<Hit> find(CharSequence text) {
        List<Hit> out = new ArrayList<>();
        for (PhraseMatcher.Hit<List<Role>> h : matcher.find(text)) {
            out.add(new Hit(h.start(), h.end(), text.subSequence(h.start(), h.end()).toString(), h.value()));
        }
        return out;
    }

    /**
     * The one person who held a post with this title on that day, for the country the title names
     * or else the article's home country; empty when that is not exactly one person.
     */
    public static Optional<Entity> holder(Hit hit, LocalDate day, String homeCountry) {
        List<Role> held = hit.roles().stream().filter(r -> r.heldOn(day)).toList();
        List<Entity> holders = held.stream().map(Role::holder).distinct().toList();
        if (holders.size() > 1 && homeCountry != null) {
            holders = held.stream().filter(r -> homeCountry.equals(r.countryCode())).map(Role::holder).distinct()
                    .toList();
        }
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }
}
