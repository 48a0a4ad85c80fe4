package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** Decides whether a data folder must be (re)built: missing, or older than any file of its input. */
public final class Freshness {

    private Freshness() {
    }

    public static boolean needsBuild(Path input, Path dataDir) {
        if (!Store.isBuilt(dataDir)) {
            return true;
        }
        try {
            FileTime built = Files.getLastModifiedTime(dataDir.resolve(Store.STAMP));
            if (!Files.exists(input)) {
                return false;
            }
            try (Stream<Path> s = Files.walk(input)) {
                return s.anyMatch(p -> newer(p, built));
            }
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean newer(Path p, FileTime than) {
        try {
            return Files.getLastModifiedTime(p).compareTo(than) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
