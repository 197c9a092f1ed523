package io.github.demarche.analysis;

import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.util.List;

/**
 * The library's exception for bad input to an analysis, with one {@link Violation} worded as every
 * message of the library is: {@code <Type>.<attribute> must <rule>, got <actual>}.
 */
final class AnalysisViolations {

    private AnalysisViolations() {
    }

    /**
     * A validation exception carrying one violation.
     *
     * @param type  the simple name of the type whose input is bad, such as {@code CasualtyReconciliation}
     * @param path  the attribute path, such as {@code reports}
     * @param code  the stable code of the broken rule
     * @param rule  what the attribute must satisfy, such as {@code all have one scope}
     * @param actual  the offending value, already written out
     * @return the exception, to throw
     */
    static ValidationException exception(String type, String path, ViolationCode code, String rule, String actual) {
        return new ValidationException(List.of(Violation.of(path, code, type + "." + path + " must " + rule
                + ", got " + actual)));
    }
}
