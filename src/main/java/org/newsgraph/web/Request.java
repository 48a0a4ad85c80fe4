package org.newsgraph.web;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A parsed request for a dataset IRI: the local path of the IRI and the format asked for, by a
 * known extension (".ttl", …) when the path without it names something, else by the Accept header.
 */
record Request(String localPath, Optional<Format> format, boolean byExtension) {

    static Request of(String path, String accept, Predicate<String> known) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash + 1) {
            Optional<Format> byExt = Format.byExtension(path.substring(dot + 1));
            String stripped = path.substring(0, dot);
            // An IRI may itself end in ".ttl"-like text (source ids keep dots): the extension only
            // counts when the path without it is something the dataset knows.
            if (byExt.isPresent() && known.test(stripped)) {
                return new Request(stripped, byExt, true);
            }
        }
        return new Request(path, Format.negotiate(accept), false);
    }
}
