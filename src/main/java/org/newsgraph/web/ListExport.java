package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A page of a browse list as data: CSV (RFC 4180) and JSON with the same columns, each column's label
 * and, for a column of resources, their IRIs beside it.
 */
final class ListExport {

    private ListExport() {
    }

    /** Column names: each header, and "HEADER IRI" after a header whose cells are resources. */
    private static List<String> columns(ListPage page) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.headers().size(); i++) {
            out.add(page.headers().get(i));
            final int col = i;
            if (page.rows().stream().anyMatch(r -> !r.get(col).note().isEmpty())) {
                out.add(page.headers().get(i) + " IRI");
            }
        }
        return out;
    }

    private static List<String> values(ListPage page, List<ResourcePage.Link> row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < page.headers().size(); i++) {
            out.add(row.get(i).label());
            final int col = i;
            if (page.rows().stream().anyMatch(r -> !r.get(col).note().isEmpty())) {
                out.add(row.get(i).note());
            }
        }
        return out;
    }

    static String csv(ListPage page) {
        StringBuilder b = new StringBuilder();
        line(b, columns(page));
        page.rows().forEach(r -> line(b, values(page, r)));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            b.append(c.matches("[^,\"\r\n]*") ? c : "\"" + c.replace("\"", "\"\"") + "\"");
        }
        b.append("\r\n");
    }

    static String json(ListPage page) {
        JsonObject o = new JsonObject();
        List<String> columns = columns(page);
        JsonArray items = new JsonArray();
        for (List<ResourcePage.Link> r : page.rows()) {
            JsonObject item = new JsonObject();
            List<String> v = values(page, r);
            for (int i = 0; i < columns.size(); i++) {
                item.put(columns.get(i), v.get(i));
            }
            items.add(item);
        }
        o.put("items", items);
        o.put("position", page.position());
        o.put("next", page.next().isEmpty() ? "" : page.next().replaceFirst("^/" + page.id() + "/", "/" + page.id() + ".json"));
        o.put("previous", page.previous().isEmpty() ? "" : page.previous().replaceFirst("^/" + page.id() + "/",
                "/" + page.id() + ".json"));
        return o.toString();
    }
}
