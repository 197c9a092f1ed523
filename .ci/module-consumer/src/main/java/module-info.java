/** A program that uses Demarche as an application on the module path does. */
module io.github.demarche.consumer {
    requires io.github.demarche.core;
    requires io.github.demarche.jackson;
    requires io.github.demarche.formats;
}
