package org.newsgraph.web;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.base.NewsgraphException;

/** Server-side HTML templates (Mustache, from the classpath), HTML-escaping every value by default. */
public final class Templates {

    private final Mustache.Compiler compiler = Mustache.compiler()
            .withEscaper(Escapers.HTML)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withLoader(this::reader);
    private final Map<String, Template> cache = new ConcurrentHashMap<>();

    /** Renders templates/NAME.mustache with a view model. */
    public String render(String name, Object model) {
        return cache.computeIfAbsent(name, n -> {
            try (Reader r = reader(n)) {
                return compiler.compile(r);
            } catch (IOException e) {
                throw new NewsgraphException("templates/" + n, -1, "cannot read template", e);
            }
        }).execute(model);
    }

    private Reader reader(String name) {
        String path = "templates/" + name + ".mustache";
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new NewsgraphException(path, -1, "template missing from the classpath", null);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
