package io.github.demarche;

/**
 * What became of a passage of a draft.
 *
 * @since 0.2
 */
public enum PassageStatus {
    /** Proposed and not yet decided: "India proposed an amendment to paragraph 4". */
    PROPOSED,
    /** Struck before adoption: "the word 'coup' was dropped from the final text". */
    STRUCK,
    /** Proposed and voted down or withdrawn: "the amendment was rejected". */
    REJECTED,
    /** Kept in, or added to, the adopted text: "paragraph 4 was retained". */
    ADOPTED
}
