package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.newsgraph.vocab.NG;

/**
 * The reference data's people, organisations, outlets and countries as synthetic articles name
 * them, read from the reference model in a fixed order so that generation is deterministic.
 */
public record Known(List<String> people, List<String> organisations, List<String> outlets, List<Country> countries) {

    /** A country as articles write it: name, an adjective or demonym, and its capital. */
    public record Country(String name, String demonym, String capital) { }

    public Known {
        if (people.isEmpty() || organisations.isEmpty() || outlets.isEmpty() || countries.isEmpty()) {
            throw new IllegalArgumentException("synthetic articles need people, organisations, outlets and countries");
        }
        people = List.copyOf(people);
        organisations = List.copyOf(organisations);
        outlets = List.copyOf(outlets);
        countries = List.copyOf(countries);
    }

    /** The names of a reference model (as {@code ReferenceData} loads it); countries without a capital are left out. */
    public static Known from(Model reference) {
        List<String> people = new ArrayList<>();
        List<String> orgs = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        List<Country> countries = new ArrayList<>();
        reference.listSubjectsWithProperty(SchemaDO.name).forEachRemaining(r -> {
            String name = r.getProperty(SchemaDO.name).getString();
            if (r.hasProperty(RDF.type, SchemaDO.Person)) {
                // Names an article can shorten to a family name: capitalised words only, no ordinals.
                if (name.matches("\\p{Lu}[\\p{L}.'-]*( \\p{Lu}[\\p{L}.'-]*)+")) {
                    people.add(name);
                }
            } else if (r.hasProperty(RDF.type, SchemaDO.NewsMediaOrganization)) {
                outlets.add(name);
            } else if (r.hasProperty(RDF.type, SchemaDO.Organization)) {
                orgs.add(name);
            } else if (r.hasProperty(RDF.type, SchemaDO.Country)) {
                Optional<String> demonym = first(r, NG.demonym);
                Optional<String> capital = first(r, NG.capital);
                if (demonym.isPresent() && capital.isPresent()) {
                    countries.add(new Country(name, demonym.get(), capital.get()));
                }
            }
        });
        people.sort(null);
        orgs.sort(null);
        outlets.sort(null);
        countries.sort(Comparator.comparing(Country::name));
        return new Known(people, orgs, outlets, countries);
    }

    // The shortest form, which for demonyms is the adjective ("French" before "Frenchmen").
    private static Optional<String> first(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getString)
                .min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
    }
}
