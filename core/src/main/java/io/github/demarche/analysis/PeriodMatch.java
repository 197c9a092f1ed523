package io.github.demarche.analysis;

/**
 * How a dated value is matched against a period, both {@link io.github.demarche.ApproximateDate
 * approximate dates}: "may have happened in it" or "certainly happened in it".
 *
 * <p>From the reference article, for the period March 2021 ({@code 2021-03}): the joint statement
 * of 23 March and the pledge of early March are {@link #WITHIN} it; the blocked resolution, dated
 * between the coup and publication ({@code 2021-02-01/2021-03-24}), only {@link #OVERLAPS} it.
 *
 * @since 0.1
 */
public enum PeriodMatch {
    /**
     * The date shares at least one day with the period
     * ({@link io.github.demarche.ApproximateDate#overlaps(io.github.demarche.ApproximateDate)}):
     * the value may have happened in the period.
     */
    OVERLAPS,
    /**
     * Every day the date covers is in the period
     * ({@link io.github.demarche.ApproximateDate#contains(io.github.demarche.ApproximateDate)
     * period.contains(date)}): the value certainly happened in the period.
     */
    WITHIN
}
