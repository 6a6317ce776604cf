package org.parley.service;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The two budget tables delegates receive: amounts per budget line, and posts by grade. */
public enum CsvShape {
    LINES("Budget lines", EnumSet.of(CsvField.MISSION, CsvField.LINE),
            EnumSet.range(CsvField.MISSION, CsvField.SOURCE)),
    POSTS("Posts by grade", EnumSet.of(CsvField.MISSION, CsvField.LINE, CsvField.TITLE, CsvField.GRADE,
            CsvField.COUNT, CsvField.ANNUAL_COST),
            EnumSet.of(CsvField.MISSION, CsvField.LINE, CsvField.CATEGORY, CsvField.SOURCE, CsvField.TITLE,
                    CsvField.GRADE, CsvField.COUNT, CsvField.STATUS, CsvField.ANNUAL_COST));

    private final String label;
    private final Set<CsvField> required;
    private final Set<CsvField> fields;

    CsvShape(String label, Set<CsvField> required, Set<CsvField> fields) {
        this.label = label;
        this.required = required;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    /** Fields that must have a column. */
    public boolean requires(CsvField field) {
        return required.contains(field);
    }

    /** Fields this table can fill, in dialog order; the others are ignored. */
    public List<CsvField> fields() {
        return List.copyOf(fields);
    }

    /** Posts when the header names a grade or a post title, else budget lines. */
    public static CsvShape guess(CsvMapping mapping) {
        return mapping.column(CsvField.GRADE).isPresent() || mapping.column(CsvField.TITLE).isPresent() ? POSTS : LINES;
    }
}
