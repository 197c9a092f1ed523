/**
 * The immutable, validated domain types of Demarche: statements, stances, actors, events and
 * casualty reports in {@code io.github.demarche}, and the comparisons across many of them in
 * {@code io.github.demarche.analysis}. No dependency on Jackson: the JSON form lives in the module
 * {@code io.github.demarche.jackson}.
 *
 * <p>Commons Lang is used inside the module only (no type of it appears in the API), so a module
 * that requires this one need not require it; it must be on the module path all the same.
 *
 * @since 0.2
 */
module io.github.demarche.core {
    requires org.apache.commons.lang3;
    // Immutables' annotations are read at compile time only: the generated classes do not use them
    requires static org.immutables.value.annotations;

    exports io.github.demarche;
    exports io.github.demarche.analysis;
}
