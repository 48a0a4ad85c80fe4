package org.newsgraph.reference;

import java.util.List;

/** A news outlet from the reference data: canonical name and the other names it goes by. */
public record Outlet(String iri, String name, List<String> aliases) {
    public Outlet {
        aliases = List.copyOf(aliases);
    }
}
