package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A date as the source gives it relative to an event or another statement, kept as said beside
 * the absolute date of the record: "after the meeting", "six weeks later", "two days before the
 * vote", "during the summit".
 *
 * <p>Reports on Myanmar in 2021 date things this way: ASEAN's envoys went to Naypyitaw "some six
 * weeks after" the leaders' meeting in Jakarta of April 24; a statement came "after the emergency
 * meeting" of the Security Council; a remark was made "two days before the vote" on the General
 * Assembly's resolution of June 18, or "on the sidelines of the summit":
 * <pre>{@code
 * Anchor jakarta = Anchor.event("asean-leaders-meeting-2021-04-24");
 * RelativeDate visit = RelativeDate.after(jakarta, 6, Unit.WEEKS).withWording("some six weeks later");
 * visit.toString();   // 6 weeks after event:asean-leaders-meeting-2021-04-24 'some six weeks later'
 * RelativeDate.after(Anchor.event("unsc-emergency-meeting"));              // "after the emergency meeting"
 * RelativeDate.before(Anchor.event("unga-vote-2021-06-18"), 2, Unit.DAYS); // "two days before the vote"
 * RelativeDate.during(Anchor.event("g7-summit-2021-06"));                  // "on the sidelines of the summit"
 * RelativeDate.on(Anchor.statement("s07-beijing-denial"));                 // "the same day"
 * }</pre>
 * A {@link Statement} or {@link Event} keeps its {@link Statement#date() date} as best known
 * (the visit's as {@code 2021-06-early~}) and the relative date as the source said it.
 *
 * <p>Rules: the anchor's id has the form of every identifier (see {@link Actor#id()}); an offset
 * (an amount and a unit) is given only with {@link Relation#BEFORE} or {@link Relation#AFTER},
 * and its amount is from 1 to {@value #MAX_AMOUNT}; the wording, if given, is not blank, on one
 * line and at most 200 characters. That the anchor exists, is not the record itself, and agrees
 * with the record's date ({@link #isConsistentWith(ApproximateDate, ApproximateDate)}) is checked
 * by {@link Dossier}, which holds both records.
 *
 * <p>Two relative dates are equal when their relations, anchors, offsets and wordings are equal.
 * This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class RelativeDate implements Serializable {

    /**
     * How a date lies relative to its anchor.
     *
     * @since 0.2
     */
    public enum Relation {
        /** Before the anchor: "before the vote", "two days before the vote". */
        BEFORE,
        /** After the anchor: "after the meeting", "six weeks later", "a day after the coup". */
        AFTER,
        /** On the same day as the anchor: "the same day", "on the day of the vote". */
        ON,
        /** While the anchor lasted: "during the summit", "on the sidelines of the General Assembly". */
        DURING
    }

    /**
     * The unit of an offset, as in "six weeks later".
     *
     * @since 0.2
     */
    public enum Unit {
        /** Days: "two days before the vote"; counted on the calendar, one day each. */
        DAYS,
        /** Weeks: "six weeks later"; seven days each. */
        WEEKS,
        /** Months: "three months after the coup"; calendar months, Jan. 31 plus one month is Feb. 28. */
        MONTHS,
        /** Years: "a year after the coup"; calendar years, Feb. 29 plus one year is Feb. 28. */
        YEARS;

        private ChronoUnit chrono() {
            switch (this) {
                case DAYS:
                    return ChronoUnit.DAYS;
                case WEEKS:
                    return ChronoUnit.WEEKS;
                case MONTHS:
                    return ChronoUnit.MONTHS;
                default:
                    return ChronoUnit.YEARS;
            }
        }
    }

    /**
     * What a relative date is relative to: an event or a statement of the same dossier, named by
     * its id. The kind is part of the anchor because an event and a statement may share an id.
     *
     * <pre>{@code
     * Anchor.event("wang-lavrov-2021-03-23");   // event:wang-lavrov-2021-03-23
     * Anchor.statement("s03-joint-statement");  // statement:s03-joint-statement
     * }</pre>
     *
     * <p>Two anchors are equal when their kinds and ids are equal. This class is immutable,
     * thread-safe and value-based.
     *
     * @since 0.2
     */
    public static final class Anchor implements Serializable {

        /**
         * The kind of record an anchor names.
         *
         * @since 0.2
         */
        public enum Kind {
            /** An event of the dossier: "after the meeting". */
            EVENT,
            /** A statement of the dossier: "a day after Beijing's denial". */
            STATEMENT
        }

        private static final long serialVersionUID = 1L;

        /** The kind of record. */
        private final Kind kind;
        /** The record's id. */
        private final String id;

        private Anchor(Kind kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        /**
         * Obtains an anchor of a kind.
         *
         * @param kind  the kind of record, not null
         * @param id  the record's id, not null
         * @return the anchor, not null
         * @throws ValidationException if the id is not of the identifier form
         */
        public static Anchor of(Kind kind, String id) {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Violations.of("RelativeDate.Anchor").id("id", id).throwIfAny();
            return new Anchor(kind, id);
        }

        /**
         * Obtains an anchor that names an event, such as {@code "coup-2021-02-01"}.
         *
         * @param id  the event's id, not null
         * @return the anchor, not null
         * @throws ValidationException if the id is not of the identifier form
         */
        public static Anchor event(String id) {
            return of(Kind.EVENT, id);
        }

        /**
         * Obtains an anchor that names a statement, such as {@code "s07-beijing-denial"}.
         *
         * @param id  the statement's id, not null
         * @return the anchor, not null
         * @throws ValidationException if the id is not of the identifier form
         */
        public static Anchor statement(String id) {
            return of(Kind.STATEMENT, id);
        }

        /**
         * Gets the kind of record the anchor names.
         *
         * @return the kind, not null
         */
        public Kind kind() {
            return kind;
        }

        /**
         * Gets the id of the record the anchor names.
         *
         * @return the id, not null
         */
        public String id() {
            return id;
        }

        /**
         * Checks if this anchor equals another: same kind and id.
         *
         * @param obj  the object to compare with, null returns false
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            if (this == obj) {
                return true;
            }
            if (!(obj instanceof Anchor)) {
                return false;
            }
            Anchor other = (Anchor) obj;
            return kind == other.kind && id.equals(other.id);
        }

        /**
         * Gets a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + id.hashCode();
        }

        /**
         * Gets the anchor as text: the kind in lower case, a colon, and the id.
         *
         * @return text such as {@code event:coup-2021-02-01}
         */
        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + ":" + id;
        }

        /**
         * Checks a deserialized anchor as {@link #of(Kind, String)} does.
         *
         * @return the checked anchor
         * @throws ObjectStreamException if the stream holds no kind or a bad id
         */
        private Object readResolve() throws ObjectStreamException {
            if (kind == null || id == null) {
                throw new InvalidObjectException("RelativeDate.Anchor." + (kind == null ? "kind" : "id")
                        + " must be set, got nothing");
            }
            return resolved(() -> of(kind, id));
        }
    }

    private static final long serialVersionUID = 1L;

    /** The largest amount of an offset: "1,000 days after the coup". */
    public static final int MAX_AMOUNT = 1000;

    private static final int MAX_WORDING = 200;

    /** How the date lies relative to the anchor. */
    private final Relation relation;
    /** The event or statement the date is relative to. */
    private final Anchor anchor;
    /** The amount of the offset, 0 when there is none. */
    private final int amount;
    /** The unit of the offset, null when there is none. */
    private final Unit unit;
    /** The source's words, or null. */
    private final String wording;

    private RelativeDate(Relation relation, Anchor anchor, int amount, Unit unit, String wording) {
        this.relation = relation;
        this.anchor = anchor;
        this.amount = amount;
        this.unit = unit;
        this.wording = wording;
    }

    // ------------------------------------------------------------------------------------ factories

    /**
     * Obtains a relative date without an offset, such as "after the meeting" or "during the summit".
     *
     * @param relation  how the date lies relative to the anchor, not null
     * @param anchor  the event or statement, not null
     * @return the relative date, not null
     */
    public static RelativeDate of(Relation relation, Anchor anchor) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(anchor, "anchor");
        return new RelativeDate(relation, anchor, 0, null, null);
    }

    /**
     * Obtains a relative date with an offset, such as "six weeks after the meeting".
     *
     * @param relation  {@link Relation#BEFORE} or {@link Relation#AFTER}, not null
     * @param anchor  the event or statement, not null
     * @param amount  how many units, from 1 to {@value #MAX_AMOUNT}
     * @param unit  the unit, not null
     * @return the relative date, not null
     * @throws ValidationException if the amount is out of range ({@code OUT_OF_RANGE}) or the
     *     relation is {@code ON} or {@code DURING} ({@code NOT_APPLICABLE}), each reported
     */
    public static RelativeDate of(Relation relation, Anchor anchor, int amount, Unit unit) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(unit, "unit");
        Violations violations = Violations.of("RelativeDate");
        if (amount < 1 || amount > MAX_AMOUNT) {
            violations.add("amount", ViolationCode.OUT_OF_RANGE, "be between 1 and " + MAX_AMOUNT, amount);
        }
        if (relation != Relation.BEFORE && relation != Relation.AFTER) {
            violations.addRaw("amount", ViolationCode.NOT_APPLICABLE, "be empty unless relation is BEFORE or AFTER",
                    amount + " " + name(unit, amount) + " with relation " + relation);
        }
        violations.throwIfAny();
        return new RelativeDate(relation, anchor, amount, unit, null);
    }

    /**
     * Obtains a date before an anchor, without an offset: "before the vote".
     *
     * @param anchor  the event or statement, not null
     * @return the relative date, not null
     */
    public static RelativeDate before(Anchor anchor) {
        return of(Relation.BEFORE, anchor);
    }

    /**
     * Obtains a date some time before an anchor: "two days before the vote".
     *
     * @param anchor  the event or statement, not null
     * @param amount  how many units, from 1 to {@value #MAX_AMOUNT}
     * @param unit  the unit, not null
     * @return the relative date, not null
     * @throws ValidationException if the amount is out of range
     */
    public static RelativeDate before(Anchor anchor, int amount, Unit unit) {
        return of(Relation.BEFORE, anchor, amount, unit);
    }

    /**
     * Obtains a date after an anchor, without an offset: "after the meeting".
     *
     * @param anchor  the event or statement, not null
     * @return the relative date, not null
     */
    public static RelativeDate after(Anchor anchor) {
        return of(Relation.AFTER, anchor);
    }

    /**
     * Obtains a date some time after an anchor: "six weeks later".
     *
     * @param anchor  the event or statement, not null
     * @param amount  how many units, from 1 to {@value #MAX_AMOUNT}
     * @param unit  the unit, not null
     * @return the relative date, not null
     * @throws ValidationException if the amount is out of range
     */
    public static RelativeDate after(Anchor anchor, int amount, Unit unit) {
        return of(Relation.AFTER, anchor, amount, unit);
    }

    /**
     * Obtains a date on the same day as an anchor: "the same day".
     *
     * @param anchor  the event or statement, not null
     * @return the relative date, not null
     */
    public static RelativeDate on(Anchor anchor) {
        return of(Relation.ON, anchor);
    }

    /**
     * Obtains a date while an anchor lasted: "during the summit".
     *
     * @param anchor  the event or statement, not null
     * @return the relative date, not null
     */
    public static RelativeDate during(Anchor anchor) {
        return of(Relation.DURING, anchor);
    }

    /**
     * Obtains a copy of this relative date with the source's words, such as "six weeks later".
     *
     * @param wording  the words, not blank, on one line, at most 200 characters, not null
     * @return a relative date with the wording, not null
     * @throws ValidationException if the wording is blank, too long or holds a line break or a
     *     control character
     */
    public RelativeDate withWording(String wording) {
        Objects.requireNonNull(wording, "wording");
        Violations.of("RelativeDate").text("wording", wording, MAX_WORDING).throwIfAny();
        return wording.equals(this.wording) ? this : new RelativeDate(relation, anchor, amount, unit, wording);
    }

    // -------------------------------------------------------------------------------------- queries

    /**
     * Gets how the date lies relative to the anchor.
     *
     * @return the relation, not null
     */
    public Relation relation() {
        return relation;
    }

    /**
     * Gets the event or statement the date is relative to.
     *
     * @return the anchor, not null
     */
    public Anchor anchor() {
        return anchor;
    }

    /**
     * Checks if the source gives an offset, such as "six weeks" in "six weeks later".
     *
     * @return true if an amount and a unit are given
     */
    public boolean hasOffset() {
        return unit != null;
    }

    /**
     * Gets the amount of the offset, such as 6 in "six weeks later".
     *
     * @return the amount, from 1 to {@value #MAX_AMOUNT}, empty without an offset
     */
    public OptionalInt amount() {
        return unit == null ? OptionalInt.empty() : OptionalInt.of(amount);
    }

    /**
     * Gets the unit of the offset, such as weeks in "six weeks later".
     *
     * @return the unit, empty without an offset
     */
    public Optional<Unit> unit() {
        return Optional.ofNullable(unit);
    }

    /**
     * Gets the source's words, such as "six weeks later".
     *
     * @return the wording, empty when not given
     */
    public Optional<String> wording() {
        return Optional.ofNullable(wording);
    }

    /**
     * Checks if a record's date can be what this relative date says, given the anchor's date;
     * only what is certain counts against it.
     *
     * <p>From the days the anchor's date covers, this relative date names a window of days:
     * <ul>
     *   <li>{@code ON} and {@code DURING}: the anchor's days;</li>
     *   <li>{@code AFTER} without an offset: from the anchor's first day on ("after the meeting"
     *       may be later the same day); {@code BEFORE}: up to its last day;</li>
     *   <li>{@code AFTER} or {@code BEFORE} with an offset: the anchor's days moved by the offset
     *       by calendar arithmetic ({@link LocalDate#plus(long, java.time.temporal.TemporalUnit)}):
     *       6 weeks are exactly 42 days, and 2021-01-31 plus one month is 2021-02-28. If either
     *       date is approximate or uncertain ({@code ~}, {@code ?}, {@code %}), "six weeks later"
     *       is taken as loosely as the date, and only the order is checked, as without an
     *       offset.</li>
     * </ul>
     * The record's date is consistent when it shares at least a day with the window
     * ({@link ApproximateDate#overlaps(ApproximateDate)}). So when both dates are exact days, an
     * offset or {@code ON} names exactly one day; and "after the meeting" dated in March is
     * consistent with a meeting in "March" but not with one on April 2.
     *
     * @param date  the record's date, not null
     * @param anchorDate  the anchor's date, not null
     * @return true unless the two dates certainly contradict this relative date
     */
    public boolean isConsistentWith(ApproximateDate date, ApproximateDate anchorDate) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(anchorDate, "anchorDate");
        LocalDate[] window = window(date, anchorDate);
        return !date.latest().isBefore(window[0]) && !date.earliest().isAfter(window[1]);
    }

    /**
     * Describes, for messages, the days that {@link #isConsistentWith} requires a record's date to
     * touch: {@code 6 weeks after event:meeting-2021-04-24 (2021-04-24) falls in 2021-06-05}; a
     * window of several days is written {@code first/last}, an open end {@code ..}.
     */
    String describeWindow(ApproximateDate date, ApproximateDate anchorDate) {
        LocalDate[] window = window(date, anchorDate);
        String days = window[0].equals(window[1]) ? window[0].toString()
                : (window[0].equals(LocalDate.MIN) ? ".." : window[0].toString()) + "/"
                        + (window[1].equals(LocalDate.MAX) ? ".." : window[1].toString());
        return text(false) + " (" + anchorDate + ") falls in " + days;
    }

    private LocalDate[] window(ApproximateDate date, ApproximateDate anchorDate) {
        LocalDate first = anchorDate.earliest();
        LocalDate last = anchorDate.latest();
        boolean loose = date.isApproximate() || date.isUncertain() || anchorDate.isApproximate()
                || anchorDate.isUncertain();
        if (relation == Relation.AFTER && (unit == null || loose)) {
            return new LocalDate[] {first, LocalDate.MAX};
        }
        if (relation == Relation.BEFORE && (unit == null || loose)) {
            return new LocalDate[] {LocalDate.MIN, last};
        }
        if (unit != null) {
            long signed = relation == Relation.AFTER ? amount : -amount;
            return new LocalDate[] {move(first, signed), move(last, signed)};
        }
        return new LocalDate[] {first, last};
    }

    /** Moves a day by the offset; an open end stays open. */
    private LocalDate move(LocalDate day, long signed) {
        return day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX) ? day : day.plus(signed, unit.chrono());
    }

    // --------------------------------------------------------------------------------------- object

    /**
     * Checks if this relative date equals another: same relation, anchor, offset and wording.
     *
     * @param obj  the object to compare with, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof RelativeDate)) {
            return false;
        }
        RelativeDate other = (RelativeDate) obj;
        return relation == other.relation && anchor.equals(other.anchor) && amount == other.amount
                && unit == other.unit && Objects.equals(wording, other.wording);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(relation, anchor, amount, unit, wording);
    }

    /**
     * Gets the relative date as text: the offset, if any ({@code 1 day}, {@code 6 weeks}), the
     * relation in lower case, and the anchor; the wording, abbreviated, in quotes after it.
     *
     * @return text such as {@code 6 weeks after event:meeting-2021-04-24} or
     *     {@code during event:g7-summit-2021-06 'on the sidelines of the summit'}
     */
    @Override
    public String toString() {
        return text(true);
    }

    private String text(boolean withWording) {
        StringBuilder text = new StringBuilder();
        if (unit != null) {
            text.append(amount).append(' ').append(name(unit, amount)).append(' ');
        }
        text.append(relation.name().toLowerCase(Locale.ROOT)).append(' ').append(anchor);
        if (withWording && wording != null) {
            text.append(' ').append(Violations.show(wording));
        }
        return text.toString();
    }

    /** The unit in lower case, as in {@code 6 weeks}, singular for one: {@code 1 week}. */
    private static String name(Unit unit, int amount) {
        String name = unit.name().toLowerCase(Locale.ROOT);
        return amount == 1 ? name.substring(0, name.length() - 1) : name;
    }

    /**
     * Checks a deserialized relative date as the factories do.
     *
     * @return the checked relative date
     * @throws ObjectStreamException if the stream holds no relation or anchor, or breaks a rule
     */
    private Object readResolve() throws ObjectStreamException {
        if (relation == null || anchor == null) {
            throw new InvalidObjectException("RelativeDate." + (relation == null ? "relation" : "anchor")
                    + " must be set, got nothing");
        }
        return resolved(() -> {
            RelativeDate checked = unit == null ? of(relation, anchor) : of(relation, anchor, amount, unit);
            if (unit == null && amount != 0) {
                Violations.of("RelativeDate").add("amount", ViolationCode.INCONSISTENT, "be empty without a unit", amount)
                        .throwIfAny();
            }
            return wording == null ? checked : checked.withWording(wording);
        });
    }

    /** Runs a factory for {@code readResolve}, turning its exception into the stream's. */
    private static Object resolved(java.util.function.Supplier<Object> factory) throws ObjectStreamException {
        try {
            return factory.get();
        } catch (ValidationException e) {
            InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
            invalid.initCause(e);
            throw invalid;
        }
    }
}
