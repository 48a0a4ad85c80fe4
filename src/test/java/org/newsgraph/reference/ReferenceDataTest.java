package org.newsgraph.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.doc.Entity;
import org.newsgraph.rdf.Iris;
import org.newsgraph.vocab.NG;

/** The reference data is reviewed like code: it conforms to the shapes and keeps its own rules. */
class ReferenceDataTest {

    private static Model ref;

    @BeforeAll
    static void load() {
        ref = ReferenceData.referenceModel();
    }

    @Test
    void conformsToTheShapes() {
        ValidationReport r = ShaclValidator.get().validate(
                Shapes.parse(ReferenceData.load(ReferenceData.SHAPES).getGraph()), ref.getGraph());
        assertTrue(r.conforms(), () -> r.getEntries().stream().limit(5).map(Object::toString).toList().toString());
    }

    @Test
    void everyIsoCountryOnce() {
        List<Resource> countries = ref.listSubjectsWithProperty(RDF.type, SchemaDO.Country).toList();
        assertTrue(countries.size() >= 249, "all ISO 3166-1 countries: " + countries.size());
        for (Resource c : countries) {
            String code = c.getProperty(NG.isoAlpha2).getString();
            assertTrue(c.getURI().endsWith("/country/" + code), c.getURI());
        }
    }

    // So a name the gazetteer misses but a pattern finds still lands on the reference actor's IRI.
    @Test
    void actorIrisAreSlugsOfTheirNames() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        for (Resource r : ref.listSubjectsWithProperty(SchemaDO.name).toList()) {
            if (r.hasProperty(RDF.type, SchemaDO.Country)) {
                continue;
            }
            String name = r.getProperty(SchemaDO.name).getString();
            assertEquals(iris.actor(name), iris.entity(ReferenceData.entity(r)), name);
        }
    }

    @Test
    void noTwoReferenceEntitiesShareAnIri() {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Map<String, String> owner = new HashMap<>();
        for (Resource r : ref.listSubjectsWithProperty(SchemaDO.name).toList()) {
            Entity e = ReferenceData.entity(r);
            if (e != null) {
                String before = owner.putIfAbsent(iris.entity(e).getURI(), e.id());
                assertTrue(before == null || before.equals(e.id()), () -> e.id() + " and " + owner.get(iris.entity(e).getURI())
                        + " share " + iris.entity(e));
            }
        }
        assertTrue(owner.size() > 100, "the reference data holds its entities");
    }

    @Test
    void noSurfaceFormNamesTwoEntities() {
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Resource r : ref.listSubjectsWithProperty(SchemaDO.name).toList()) {
            List<String> forms = new ArrayList<>();
            forms.add(r.getProperty(SchemaDO.name).getString());
            r.listProperties(SKOS.altLabel).forEach(s -> forms.add(s.getString()));
            r.listProperties(NG.demonym).forEach(s -> forms.add(s.getString()));
            for (String f : forms) {
                String before = owner.putIfAbsent(f, r.getURI());
                if (before != null && !before.equals(r.getURI())) {
                    clashes.add(f + ": " + before + " / " + r.getURI());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void rolesAreHeldByKnownPeopleWithDates() {
        RoleDirectory roles = ReferenceData.roles(ref);
        List<Resource> nodes = ref.listSubjectsWithProperty(RDF.type, NG.Role).toList();
        assertTrue(nodes.size() > 100, "roles: " + nodes.size());
        for (Resource r : nodes) {
            Resource holder = r.getPropertyResourceValue(NG.roleHolder);
            assertTrue(holder != null && holder.hasProperty(RDF.type, SchemaDO.Person), r.getURI());
            assertTrue(r.hasProperty(SchemaDO.startDate), r.getURI() + " has a start date");
        }
        assertTrue(roles.find("the Foreign Secretary said").size() == 1);
    }
}
