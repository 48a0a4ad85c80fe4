package org.newsgraph.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newsgraph.base.NewsgraphException;

/**
 * What a build holds, for the next build to compare its input with: each article's source id with the SHA-256
 * of its text, and the fingerprint of the conversion (reference data and program) that made the graphs. A
 * file of the build folder, sorted by source id, one line each.
 */
public record SourceTable(String fingerprint, SortedMap<String, String> hashes) {

    /** The table's file inside a build folder. */
    public static final String FILE = "sources.tsv";

    private static final String HEADER = "# newsgraph sources 1 fingerprint=";

    public SourceTable {
        hashes = Collections.unmodifiableSortedMap(new TreeMap<>(hashes));
    }

    /** The SHA-256 of an article's text, hex: what tells a changed file from an unchanged one. */
    public static String hash(String text) {
        MessageDigest sha = DumpWriter.sha256();
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The table of a build folder; empty for a build made before builds recorded one. */
    public static Optional<SourceTable> of(Path build) {
        Path file = build.resolve(FILE);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.startsWith(HEADER)) {
                return Optional.empty();
            }
            SortedMap<String, String> hashes = new TreeMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.lastIndexOf('\t');
                if (tab < 0) {
                    throw new NewsgraphException(file.toString(), -1, "not a line of the source table: " + line, null);
                }
                hashes.put(unescape(line.substring(0, tab)), line.substring(tab + 1));
            }
            return Optional.of(new SourceTable(header.substring(HEADER.length()), hashes));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new NewsgraphException(file.toString(), -1, "cannot read the source table: " + e.getMessage(), e);
        }
    }

    /** Writes the table into a build folder. */
    public void writeTo(Path build) {
        Path file = build.resolve(FILE);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.append(HEADER).append(fingerprint).append('\n');
            for (var e : hashes.entrySet()) {
                w.append(escape(e.getKey())).append('\t').append(e.getValue()).append('\n');
            }
        } catch (IOException e) {
            throw new NewsgraphException(file.toString(), -1, "cannot write the source table: " + e.getMessage(), e);
        }
    }

    // Source ids come from file names, which may hold tabs, line breaks and backslashes.
    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
