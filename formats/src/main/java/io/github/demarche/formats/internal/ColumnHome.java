package io.github.demarche.formats.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where one column of a dataset goes in the model: a typed home (a field of a model value, or a
 * derivation from one), an extension attribute key, or both (the typed home, and the attribute for
 * the rows whose value the typed home cannot hold exactly).
 *
 * @param index  the column's index in the row, from 0
 * @param column  the column's name, as the dataset writes it
 * @param typedHome  the typed home, such as {@code "Event.date"}, or null if the column is held
 *     only as an attribute
 * @param attributeKey  the attribute key, such as {@code "gdelt.NumMentions"}: the column's only home
 *     if there is no typed home, else its fallback; not null
 */
public record ColumnHome(int index, String column, String typedHome, String attributeKey) {

    /**
     * Checks the parts.
     *
     * @param index  the index
     * @param column  the name
     * @param typedHome  the typed home, or null
     * @param attributeKey  the attribute key
     */
    public ColumnHome {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(attributeKey, "attributeKey");
    }

    /**
     * Gets the typed home.
     *
     * @return the typed home, empty if the column is held only as an attribute
     */
    public Optional<String> typed() {
        return Optional.ofNullable(typedHome);
    }

    /**
     * Checks a table of columns: indices 0 to n-1 each once, in order; names, typed homes and
     * attribute keys each claimed by one column only.
     *
     * @param table  the table, not null
     * @throws IllegalStateException if a rule is broken
     */
    public static void checkTable(List<ColumnHome> table) {
        Set<String> names = new HashSet<>();
        Set<String> typed = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < table.size(); i++) {
            ColumnHome home = table.get(i);
            if (home.index() != i) {
                throw new IllegalStateException("column " + home.column() + " has index " + home.index() + ", not " + i);
            }
            if (!names.add(home.column())) {
                throw new IllegalStateException("column " + home.column() + " is declared twice");
            }
            if (home.typedHome() != null && !typed.add(home.typedHome())) {
                throw new IllegalStateException("typed home " + home.typedHome() + " is claimed twice");
            }
            if (!keys.add(home.attributeKey())) {
                throw new IllegalStateException("attribute key " + home.attributeKey() + " is claimed twice");
            }
        }
    }
}
