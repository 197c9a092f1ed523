package io.github.demarche.formats.gdelt;

import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import java.util.Arrays;
import java.util.List;

/**
 * A GDELT row's fields by column name, for reading or writing: what {@code Cells.Fields} does, with
 * each column found through its layout's index instead of a search of the names, as a reader looks
 * up some two hundred cells a row.
 */
final class GdeltFields {

    private final Layout layout;
    private final String[] values;

    /** The fields of a row read, as many as the layout has columns. */
    GdeltFields(Layout layout, List<String> row) {
        if (row.size() != layout.fieldCount()) {
            throw new IllegalArgumentException("a row of " + layout.fieldCount() + " fields expected, got " + row.size());
        }
        this.layout = layout;
        this.values = row.toArray(new String[0]);
    }

    /** The fields of a row to write, each the given text. */
    GdeltFields(Layout layout, String fill) {
        this.layout = layout;
        this.values = new String[layout.fieldCount()];
        Arrays.fill(values, fill);
    }

    String get(String name) {
        return values[index(name)];
    }

    /** The cell of a column given by its index in {@code GdeltRows.V2_COLUMNS}, which the layout must have. */
    String get(int v2Column) {
        return values[layout.indexOf(v2Column)];
    }

    /** Checks if the layout has a column given by its index in {@code GdeltRows.V2_COLUMNS}. */
    boolean has(int v2Column) {
        return layout.indexOf(v2Column) >= 0;
    }

    boolean has(String name) {
        return layout.indexOf(name) >= 0;
    }

    void set(String name, String value) {
        values[index(name)] = value;
    }

    List<String> toList() {
        return List.of(values);
    }

    private int index(String name) {
        int index = layout.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + layout.columns());
        }
        return index;
    }
}
