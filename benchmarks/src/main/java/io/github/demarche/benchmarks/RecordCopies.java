package io.github.demarche.benchmarks;

import io.github.demarche.benchmarks.PlainRecords.ActorRecord;
import io.github.demarche.benchmarks.PlainRecords.StanceRecord;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import io.github.demarche.benchmarks.PlainRecords.TargetRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Constructs plain records afresh from the same fields, the baseline of "build + validate": the same
 * allocations a hand-written model makes, without any checks. Sources are shared, as on the model's
 * side; every list is copied, as the model's builders copy theirs.
 */
public final class RecordCopies {

    private final Map<String, ActorRecord> actors;

    /**
     * Creates a copier.
     *
     * @param reuseActors  whether to construct each distinct actor once
     */
    public RecordCopies(boolean reuseActors) {
        this.actors = reuseActors ? new HashMap<>() : null;
    }

    /**
     * Copies statements.
     *
     * @param records  the statements
     * @return new records with equal fields
     */
    public List<StatementRecord> statements(List<StatementRecord> records) {
        StatementRecord[] copies = new StatementRecord[records.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = statement(records.get(i));
        }
        return List.of(copies);
    }

    /**
     * Copies one statement.
     *
     * @param r  the statement
     * @return a new record with equal fields
     */
    public StatementRecord statement(StatementRecord r) {
        List<ActorRecord> speakers = new ArrayList<>(r.speakers().size());
        for (ActorRecord speaker : r.speakers()) {
            speakers.add(actor(speaker));
        }
        List<StanceRecord> stances = new ArrayList<>(r.stances().size());
        for (StanceRecord s : r.stances()) {
            TargetRecord t = s.target();
            stances.add(new StanceRecord(s.type(), new TargetRecord(t.kind(), t.actor() == null ? null : actor(t.actor()),
                    t.label(), t.key(), t.eventId()), s.intensity(), s.contemplated(), s.wording(), s.coding()));
        }
        return new StatementRecord(r.id(), List.copyOf(speakers), r.onBehalfOf() == null ? null : actor(r.onBehalfOf()),
                r.date(), r.mode(), r.channel(), r.location(), r.quote(), r.summary(), List.copyOf(stances),
                List.copyOf(r.eventIds()), List.copyOf(r.sources()), List.copyOf(r.externalIds()),
                Map.copyOf(r.attributes()));
    }

    private ActorRecord actor(ActorRecord a) {
        if (actors != null) {
            ActorRecord known = actors.get(a.id());
            if (known != null) {
                return known;
            }
        }
        ActorRecord copy = new ActorRecord(a.id(), a.name(), a.kind(), a.country(), a.title(),
                a.affiliation() == null ? null : actor(a.affiliation()), List.copyOf(a.aliases()), a.wikidataId(),
                a.cameoCode(), List.copyOf(a.sectors()), List.copyOf(a.externalIds()), Map.copyOf(a.attributes()));
        if (actors != null) {
            actors.put(copy.id(), copy);
        }
        return copy;
    }
}
