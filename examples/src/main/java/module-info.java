/**
 * Runnable programs that show Demarche, one idea each. A module so that the examples use only
 * what the library's modules export.
 */
module io.github.demarche.examples {
    requires io.github.demarche.jackson;
}
