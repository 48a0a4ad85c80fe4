package org.newsgraph.reference;

import java.util.List;

/** A news outlet from the reference data: canonical name and the other names it goes by; its id is its IRI in the reference files. */
public record Outlet(String id, String name, List<String> aliases) {
    public Outlet {
        aliases = List.copyOf(aliases);
    }
}
