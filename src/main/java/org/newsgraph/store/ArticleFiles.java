package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.Channels;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.base.BadInputException;
import org.newsgraph.base.NewsgraphException;

/**
 * Finds the article files of an input folder and decodes each strictly as UTF-8 text. The walk
 * follows no symbolic link (each one is reported and skipped, whatever it points to), reads only
 * regular files, and reports an entry it cannot read and goes on.
 */
public final class ArticleFiles {

    /** Largest article file accepted; a news article is kilobytes, anything near this is not one. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final String EXTENSION = ".txt";

    /** One article file found, with its source id: its path below the input folder, '/' between folders, no ".txt". */
    public record Entry(Path path, String source) { }

    /**
     * An entry skipped by the walk, with a one-line message naming it. {@code unreadable} gives the
     * source id (or folder prefix) of an entry that exists but could not be read, whose graphs a
     * build may keep from the previous one; links, special files and bad names have none.
     */
    public record Skip(Path path, String message, Optional<String> unreadable) { }

    /** What a walk found: article files in a stable order, and the entries skipped. */
    public record Listing(List<Entry> files, List<Skip> skipped) {
        public Listing {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private final long maxBytes;

    public ArticleFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The *.txt files of one input (a file, or a folder walked recursively). */
    public Listing scan(Path input) {
        return scan(List.of(input));
    }

    /**
     * The *.txt files of several inputs. Two files with the same source id (possible only across
     * inputs: {@code a/x.txt b/x.txt}) are an error naming both, never one graph overwriting the other.
     */
    public Listing scan(List<Path> inputs) {
        List<Entry> files = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        for (Path input : inputs) {
            walk(input, files, skipped);
        }
        Map<String, Path> seen = new HashMap<>();
        for (Entry e : files) {
            Path other = seen.putIfAbsent(e.source(), e.path());
            if (other != null) {
                throw new NewsgraphException(e.path().toString(), -1, "has the same source id \"" + e.source()
                        + "\" as " + other + ": the two would share one article IRI; rename one or convert them apart",
                        null);
            }
        }
        return new Listing(files, skipped);
    }

    private void walk(Path input, List<Entry> files, List<Skip> skipped) {
        BasicFileAttributes top;
        try {
            // The folder the user named may itself be a link; nothing below it is followed.
            top = Files.readAttributes(input, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new NewsgraphException(input.toString(), -1, "no such file or folder", e);
        }
        if (top.isRegularFile()) {
            files.add(new Entry(input, withoutExtension(input.getFileName().toString())));
            return;
        }
        if (!top.isDirectory()) {
            throw new NewsgraphException(input.toString(), -1, "not a file or folder", null);
        }
        Path root;
        try {
            root = Files.isSymbolicLink(input) ? input.toRealPath() : input;
        } catch (IOException e) {
            throw new NewsgraphException(input.toString(), -1, "cannot resolve folder: " + e.getMessage(), e);
        }
        List<Entry> found = new ArrayList<>();
        int skippedBefore = skipped.size();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                    new Visitor(root, found, skipped));
        } catch (IOException e) {
            throw new NewsgraphException(input.toString(), -1, "cannot list folder: " + e.getMessage(), e);
        }
        if (found.isEmpty() && skipped.size() == skippedBefore) {
            throw new NewsgraphException(input.toString(), -1, "folder holds no *.txt article files", null);
        }
        found.sort(Comparator.comparing(Entry::path));
        files.addAll(found);
    }

    /** Collects regular *.txt files; reports links, special files, unreadable entries and undecodable names. */
    static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Entry> found;
        private final List<Skip> skipped;

        Visitor(Path root, List<Entry> found, List<Skip> skipped) {
            this.root = root;
            this.found = found;
            this.skipped = skipped;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && !nameRoundTrips(dir)) {
                skip(dir, "folder name is not valid " + nameEncoding() + ", skipped with what it holds", false);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = file.getFileName().toString();
            if (attrs.isSymbolicLink()) {
                skip(file, "symbolic link, not followed (copy the file into the input folder instead)", false);
            } else if (!name.endsWith(EXTENSION)) {
                return FileVisitResult.CONTINUE;
            } else if (!attrs.isRegularFile()) {
                skip(file, "not a regular file (a FIFO, socket or device), skipped", false);
            } else if (!nameRoundTrips(file)) {
                skip(file, "file name is not valid " + nameEncoding() + ", skipped", false);
            } else {
                found.add(new Entry(file, sourceOf(root, file)));
            }
            return FileVisitResult.CONTINUE;
        }

        // An entry the walk cannot even look at (a folder without permission, a file gone meanwhile).
        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            skip(file, "cannot read (" + reason(e) + "), skipped", true);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                skip(dir, "cannot list all of the folder (" + reason(e) + "), skipped the rest", true);
            }
            return FileVisitResult.CONTINUE;
        }

        private void skip(Path p, String why, boolean unreadable) {
            skipped.add(new Skip(p, p + ": " + why, unreadable && !p.equals(root)
                    ? Optional.of(sourceOf(root, p)) : Optional.empty()));
        }
    }

    /**
     * A message on one line whatever the file's name holds: line breaks and other controls in it are
     * written as \\n, \\t or \\uXXXX.
     */
    public static String oneLine(String message) {
        StringBuilder out = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029;
            if (control && out == null) {
                out = new StringBuilder(message.length() + 8).append(message, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return out == null ? message : out.toString();
    }

    private static String reason(IOException e) {
        return DataFolder.reason(e);
    }

    // A name whose bytes are not valid in the file-name encoding decodes to a different string;
    // turning it back into a path then names another file, so it cannot be read or identified.
    static boolean nameRoundTrips(Path p) {
        Path name = p.getFileName();
        return name == null || name.equals(name.getFileSystem().getPath(name.toString()));
    }

    private static String nameEncoding() {
        return System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    /** The source id of a file below {@code root}: its relative path, '/' between folders, without ".txt". */
    public static String sourceOf(Path root, Path file) {
        Path rel = root.relativize(file);
        StringBuilder s = new StringBuilder();
        for (Path part : rel) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part);
        }
        return withoutExtension(s.toString());
    }

    private static String withoutExtension(String n) {
        return n.endsWith(EXTENSION) ? n.substring(0, n.length() - EXTENSION.length()) : n;
    }

    /** Reads and decodes one file; throws {@link BadInputException} saying what is wrong with it. */
    public ArticleFile read(Entry entry) {
        Path file = entry.path();
        String name = file.toString();
        return new ArticleFile(entry.source(), file, check(name, readBounded(file, name)));
    }

    /**
     * The text of an article file read from a stream opened elsewhere (a cluster job opens it on its own file
     * system); throws {@link BadInputException} naming {@code name} when it is no article text.
     */
    public String check(String name, InputStream in) throws IOException {
        return check(name, readAtMost(in));
    }

    // At most maxBytes + 1 bytes: enough to tell that a file is over the limit, whatever its size.
    private byte[] readAtMost(InputStream in) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }

    // The text of an article file's bytes; a BadInputException naming the file when they are no article text.
    private String check(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(name, 0, "file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new BadInputException(name, maxBytes, "file is over the limit of " + maxBytes
                    + " bytes for one article");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(name, i, "binary file (NUL byte), not article text");
            }
        }
        String text = decode(name, bytes);
        if (blank(text)) {
            throw new BadInputException(name, 0, "file is empty: it holds only whitespace or invisible characters");
        }
        return text;
    }

    // The size on disk is not trusted (a file may grow while read, /proc files say 0): at most
    // maxBytes + 1 bytes are read, enough to tell that a file is over the limit.
    private byte[] readBounded(Path file, String name) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                // Opening a FIFO would block until a writer comes.
                throw new BadInputException(name, -1, attrs.isSymbolicLink()
                        ? "symbolic link, not followed" : "not a regular file (a FIFO, socket or device)");
            }
            try (InputStream in = Channels.newInputStream(Files.newByteChannel(file,
                    Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)))) {
                return readAtMost(in);
            }
        } catch (IOException e) {
            throw new BadInputException(name, "cannot read file (" + reason(e) + ")", e);
        }
    }

    // Blank in the Unicode sense: white space, controls, format characters (zero widths, BOM, bidi
    // marks) and the fillers that render as nothing. Such a file would load as an empty article.
    static boolean blank(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.FORMAT
                    || type == Character.CONTROL || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0
                    || c == 0x2800;
            if (!invisible) {
                return false;
            }
        }
        return true;
    }

    private static String decode(String name, byte[] bytes) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = dec.decode(in, out, true);
        if (r.isError()) {
            throw new BadInputException(name, in.position(), "not valid UTF-8 (bad byte sequence)");
        }
        r = dec.flush(out);
        if (r.isError()) {
            throw new BadInputException(name, in.position(), "not valid UTF-8 (truncated sequence at the end)");
        }
        out.flip();
        String text = out.toString();
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, text.length() / 100)) {
            throw new BadInputException(name, 0, "binary file (" + controls + " control characters), not article text");
        }
        return text;
    }

}
