/**
 * Readers and writers of the standard event datasets (GDELT 1.0 and 2.0, ICEWS, UCDP GED, PLOVER)
 * and of Demarche's NDJSON, into and from the Demarche model. {@link io.github.demarche.formats.Formats}
 * is the entry point.
 */
module io.github.demarche.formats {
    requires transitive io.github.demarche.core;
    requires transitive io.github.demarche.jackson;
    requires com.fasterxml.jackson.dataformat.csv;
    requires org.apache.commons.lang3;

    exports io.github.demarche.formats;
    exports io.github.demarche.formats.gdelt;
    exports io.github.demarche.formats.icews;
    exports io.github.demarche.formats.ndjson;
    exports io.github.demarche.formats.plover;
    exports io.github.demarche.formats.ucdp;
}
