package io.github.demarche;

/**
 * What kind of text a {@link Document} is, in the words of diplomatic practice.
 *
 * @since 0.2
 */
public enum DocumentKind {
    /** A resolution adopted by a body: "the Security Council unanimously adopted resolution 2719". */
    RESOLUTION,
    /** A draft resolution put to a body: "a draft resolution circulated by the United Kingdom". */
    DRAFT_RESOLUTION,
    /** A statement read by a council's president on its behalf: "in a presidential statement, the Council…". */
    PRESIDENTIAL_STATEMENT,
    /** A statement issued to the press by a body: "Council members issued a press statement". */
    PRESS_STATEMENT,
    /** A statement issued by several actors together: "in a joint statement, the foreign ministers…". */
    JOINT_STATEMENT,
    /** A communiqué issued after a meeting: "the summit's final communiqué". */
    COMMUNIQUE,
    /** A declaration: "the leaders adopted the Bali Declaration". */
    DECLARATION,
    /** An agreement between parties: "the five-point consensus", "a ceasefire agreement". */
    AGREEMENT,
    /** A treaty, signed and ratified by states. */
    TREATY,
    /** A letter: "in a letter to the Secretary-General, the ambassador wrote…". */
    LETTER,
    /** A report: "the Special Rapporteur's report to the Human Rights Council". */
    REPORT
}
