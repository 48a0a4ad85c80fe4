package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.newsgraph.doc.Entity;
import org.newsgraph.doc.Event;

/** The stable key of an event, from which {@link Iris} mints its IRI: type, date, participants' keys. */
final class EventKey {

    private EventKey() {
    }

    static String of(Event e) {
        int n = e.participants().size();
        String[] keys = new String[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            Entity x = e.participants().get(i);
            keys[i] = x.key();
            names[i] = x.code() != null ? x.code() : x.name();
        }
        Arrays.sort(keys);
        Arrays.sort(names);
        String date = e.date() == null ? null : e.date().lexical();
        String full = e.type() + "|" + (date == null ? "" : date) + "|" + String.join("|", keys);
        return e.type() + "-" + (date == null ? "undated" : date) + "-"
                + String.join("-", Arrays.asList(names).subList(0, Math.min(2, n))) + "-" + hash(full);
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
