package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.BadInputException;
import org.newsgraph.NewsgraphException;

/** Finds the article files of an input folder and decodes each strictly as UTF-8 text. */
public final class ArticleFiles {

    /** Largest article file accepted; a news article is kilobytes, anything near this is not one. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;

    public ArticleFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The *.txt files under {@code input} (recursively), sorted by path for a stable build order. */
    public List<Path> list(Path input) {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new NewsgraphException(input.toString(), -1, "no such file or folder", null);
        }
        try (Stream<Path> s = Files.walk(input)) {
            List<Path> files = new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList());
            if (files.isEmpty()) {
                throw new NewsgraphException(input.toString(), -1, "folder holds no *.txt article files", null);
            }
            return files;
        } catch (IOException e) {
            throw new NewsgraphException(input.toString(), -1, "cannot list folder: " + e.getMessage(), e);
        }
    }

    /** The source id of a file: its name without ".txt". */
    public static String sourceOf(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n;
    }

    /** Reads and decodes one file; throws {@link BadInputException} saying what is wrong with it. */
    public ArticleFile read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new BadInputException(name, 0, "file is empty");
            }
            if (size > maxBytes) {
                throw new BadInputException(name, maxBytes, "file is " + size + " bytes, over the limit of "
                        + maxBytes + " bytes for one article");
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw new BadInputException(name, i, "binary file (NUL byte), not article text");
                }
            }
            String text = decode(name, bytes);
            if (text.isBlank()) {
                throw new BadInputException(name, 0, "file holds only whitespace");
            }
            return new ArticleFile(sourceOf(file), file, text);
        } catch (IOException e) {
            throw new BadInputException(name, "cannot read file: " + e.getMessage(), e);
        }
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
