package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;

/**
 * One import into one campaign, fed chunk by chunk in sheet order: new measures, and edits of
 * the campaign's own measures from a sheet it exported. It remembers what the chunks
 * before have written: the problems by title (punctuation and spaces ignored), so a problem is
 * created the first time a line names it and found again after, including the campaign's
 * existing ones; the highest problem number, which a line without one continues; and each
 * problem's last measure ordinal. Memory grows with the problems, not the measures.
 */
public final class LedgerImportSession {

    private static final Pattern IGNORED_IN_TITLE = Pattern.compile("[\\s\\p{P}]");

    private final CurrentUser user;
    private final long campaignId;
    private final LedgerBatchWriter writer;
    private final MeasureBatchUpdates updates;
    private final SignRepository signs;
    private final Map<String, Long> problems = new HashMap<>();
    private final Set<Long> problemIds = new HashSet<>();
    private final Map<Long, Integer> lastOrdinals;
    private final Set<Long> visibleUnits = new HashSet<>();
    private final Set<Long> inactiveUnits;
    private final Map<Long, String> unitNames = new HashMap<>();
    private final UnitAncestors ancestors;
    private final AuditTrail audit;
    private final Warnings warnings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MeasuresAssigned.Tally assigned = new MeasuresAssigned.Tally();
    private WarningRules rules;
    private int lastNumber;
    private int newProblems;
    /** Whether this import writes the campaign's first measures, its baseline. */
    private final boolean founding;

    LedgerImportSession(
            CurrentUser user,
            long campaignId,
            LedgerBatchWriter writer,
            MeasureBatchUpdates updates,
            SignRepository signs,
            List<Problem> existing,
            Map<Long, Integer> lastOrdinals,
            List<Organisation> visibleUnits,
            List<Organisation> allUnits,
            Set<Long> inactiveUnits,
            AuditTrail audit,
            Warnings warnings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.warnings = warnings;
        this.events = events;
        this.user = user;
        this.campaignId = campaignId;
        this.writer = writer;
        this.updates = updates;
        this.signs = signs;
        this.lastOrdinals = lastOrdinals;
        this.founding = lastOrdinals.isEmpty();
        this.ancestors = UnitAncestors.of(allUnits);
        allUnits.forEach(o -> unitNames.put(o.id(), o.name()));
        this.audit = audit;
        this.clock = clock;
        for (Problem p : existing) {
            problems.putIfAbsent(key(p.title()), p.id());
            problemIds.add(p.id());
            lastNumber = Math.max(lastNumber, p.number());
        }
        visibleUnits.forEach(o -> this.visibleUnits.add(o.id()));
        this.inactiveUnits = Set.copyOf(inactiveUnits);
    }

    /**
     * Writes the chunk's new problems and its measures, in the status each line states, with their co-units and
     * {@code measure_unit} rows; records {@code problem.create} and {@code measure.create} in line
     * order. Returns the measures as stored, in line order.
     */
    public List<Measure> create(List<ImportedMeasure> chunk) {
        Instant now = LedgerImport.now(clock);
        chunk.forEach(line -> checkUnits(line.assignment()));
        List<Problem> opened = new ArrayList<>();
        List<Integer> openedAt = new ArrayList<>();
        Map<String, Integer> pending = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            ImportedMeasure line = chunk.get(i);
            String key = key(line.problemTitle());
            if (!problems.containsKey(key) && !pending.containsKey(key)) {
                int number = line.problemNumber() != null ? line.problemNumber() : lastNumber + 1;
                lastNumber = Math.max(lastNumber, number);
                pending.put(key, opened.size());
                opened.add(new Problem(0, campaignId, null, number, line.problemTitle(), null, line.source(), 0));
                openedAt.add(i);
            }
        }
        List<Long> openedIds = insertProblems(opened);
        pending.forEach((key, index) -> problems.put(key, openedIds.get(index)));

        List<Measure> created = insertMeasures(
                chunk.stream()
                        .map(line -> draft(
                                        problems.get(key(line.problemTitle())),
                                        line.title(),
                                        line.body(),
                                        line.assignment(),
                                        now)
                                .statedAs(line.stated())
                                .withWarningAt(now, clock.getZone(), rules(), null))
                        .toList(),
                now);
        audit.recordAll(user.username(), events(opened, openedIds, openedAt, created));
        return created;
    }

    /** A measure to write under a problem of this campaign: its text and who carries it out. */
    public record Placed(long problemId, String title, String body, MeasureService.Assignment assignment) {}

    /**
     * Writes problems a document numbers itself, with their sections, descriptions and sources,
     * recording {@code problem.create} for each; returns their ids in order.
     */
    public List<Long> addProblems(List<Problem> chunk) {
        List<Long> ids = insertProblems(chunk);
        List<AuditTrail.Entry> events = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            Problem p = chunk.get(i);
            problems.putIfAbsent(key(p.title()), ids.get(i));
            events.add(new AuditTrail.Entry(
                    "problem.create",
                    "problem",
                    ids.get(i),
                    null,
                    new Problem(
                            ids.get(i),
                            campaignId,
                            p.sectionId(),
                            p.number(),
                            p.title(),
                            p.description(),
                            p.sourceRef(),
                            0)));
        }
        audit.recordAll(user.username(), events);
        return ids;
    }

    /**
     * Writes measures under problems of this campaign (its own, or ones this import added), not
     * started, with their co-units and {@code measure_unit} rows, recording {@code measure.create}
     * for each; returns them as stored, in order.
     */
    public List<Measure> addMeasures(List<Placed> chunk) {
        Instant now = LedgerImport.now(clock);
        for (Placed m : chunk) {
            if (!problemIds.contains(m.problemId())) {
                throw NotFoundException.of("问题", m.problemId());
            }
            checkUnits(m.assignment());
        }
        List<Measure> created = insertMeasures(
                chunk.stream()
                        .map(m -> draft(m.problemId(), m.title(), m.body(), m.assignment(), now))
                        .toList(),
                now);
        audit.recordAll(
                user.username(),
                created.stream()
                        .map(m -> new AuditTrail.Entry("measure.create", "measure", m.id(), null, m))
                        .toList());
        return created;
    }

    private List<Long> insertProblems(List<Problem> chunk) {
        List<Long> ids = writer.insertProblems(chunk);
        problemIds.addAll(ids);
        newProblems += chunk.size();
        for (Problem p : chunk) {
            lastNumber = Math.max(lastNumber, p.number());
        }
        return ids;
    }

    /** Writes the measures with their units; each unit it assigns has yet to sign for it (签收). */
    private List<Measure> insertMeasures(List<Measure> drafts, Instant now) {
        List<Measure> unsigned = drafts.stream()
                .map(d -> UnitAssignment.parts(d).isEmpty() ? d : d.withUnsignedSince(now))
                .toList();
        List<Long> ids = writer.insertMeasures(unsigned);
        List<Measure> created = new ArrayList<>(unsigned.size());
        for (int i = 0; i < unsigned.size(); i++) {
            created.add(unsigned.get(i).stored(ids.get(i), 0));
        }
        writer.coUnits(created);
        writer.units(created, ancestors);
        signs.created(created, now);
        created.forEach(m -> MeasureAssigned.between(null, m).ifPresent(assigned::add));
        return created;
    }

    /**
     * Applies the edits that change something, through the measure's rules ({@link MeasureEdit#applied}),
     * with one {@code measure.sheet-edit} event per changed field: before and after hold that
     * field alone, under its column's name. Re-assigned measures get their {@code measure_unit}
     * rows derived anew. Returns the edited measures as stored, in edit order.
     */
    public List<Measure> update(List<MeasureEdit> edits) {
        Instant now = LedgerImport.now(clock);
        List<Measure> changed = new ArrayList<>();
        List<Measure> reassigned = new ArrayList<>();
        List<SignRepository.Change> signChanges = new ArrayList<>();
        List<AuditTrail.Entry> events = new ArrayList<>();
        for (MeasureEdit edit : edits) {
            Set<MeasureField> fields = edit.changes();
            if (fields.isEmpty()) {
                continue;
            }
            // Units it already names may lie outside the editor's subtree (a higher office named them).
            checkUnits(edit.addedUnits());
            Measure before = edit.measure();
            Measure after = edit.applied();
            changed.add(after);
            if (fields.contains(MeasureField.LEAD) || fields.contains(MeasureField.CO_UNITS)) {
                reassigned.add(after);
                signChanges.add(new SignRepository.Change(before, after));
                MeasureAssigned.between(before, after).ifPresent(assigned::add);
            }
            for (MeasureField field : MeasureField.between(before, after)) {
                events.add(new AuditTrail.Entry(
                        "measure.sheet-edit",
                        "measure",
                        before.id(),
                        Collections.singletonMap(field.label(), field.value(before, unitNames::get)),
                        Collections.singletonMap(field.label(), field.value(after, unitNames::get))));
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        changed = warnings.assessAll(changed, now);
        updates.updateAssignments(changed, now);
        this.events.publishEvent(MeasuresChanged.of(changed));
        updates.replaceUnits(reassigned, writer, ancestors);
        signs.assigned(signChanges, now);
        audit.recordAll(user.username(), events);
        return changed.stream().map(m -> m.stored(m.id(), m.version() + 1)).toList();
    }

    /** The campaign's warning rules, read once per import. */
    private WarningRules rules() {
        if (rules == null) {
            // The rules for measures it creates: new, they owe no cycle that has passed.
            rules = warnings.rules(campaignId).owedBy(Set.of());
        }
        return rules;
    }

    /**
     * Ends the import: the units it gave measures to are told once each, when the import's
     * transaction commits ({@link MeasuresAssigned}); the first import into a campaign without
     * measures leaves its measures as the campaign's baseline.
     */
    public void finish() {
        if (founding) {
            writer.markBaseline();
        }
        if (!assigned.isEmpty()) {
            events.publishEvent(assigned.event(campaignId, "import:" + UUID.randomUUID()));
        }
    }

    /** How many problems this import has created so far. */
    public int newProblems() {
        return newProblems;
    }

    /** The measure as {@code MeasureService.create} makes it: next ordinal, not started, warning as of now. */
    private Measure draft(long problemId, String title, String body, MeasureService.Assignment a, Instant now) {
        int ordinal = lastOrdinals.merge(problemId, 1, Integer::sum);
        // Sorted as the co-units read back, so the audited measure is the stored one.
        List<Long> coUnits = a.coUnitIds().stream().sorted().toList();
        Measure draft = new Measure(
                        0,
                        campaignId,
                        problemId,
                        ordinal,
                        title,
                        body,
                        a.leadOrgId(),
                        coUnits,
                        a.responsibleLeader(),
                        a.deadline(),
                        a.type(),
                        MeasureStatus.NOT_STARTED,
                        WarningLevel.GREEN,
                        null,
                        now,
                        0)
                .withWarningAt(now, clock.getZone(), rules(), null);
        return draft.assign(a.leadOrgId(), coUnits, a.responsibleLeader(), a.deadline(), a.type());
    }

    /**
     * As {@code MeasureService.create}: the lead and co-units must lie in the user's subtree, and a
     * deactivated unit takes nothing new (every caller passes units being put on a measure).
     */
    private void checkUnits(MeasureService.Assignment a) {
        if (a.leadOrgId() != null) {
            checkUnits(List.of(a.leadOrgId()));
        }
        checkUnits(a.coUnitIds());
    }

    private void checkUnits(List<Long> units) {
        units.stream().filter(org -> !visibleUnits.contains(org)).findFirst().ifPresent(org -> {
            throw NotFoundException.of("单位", org);
        });
        units.stream().filter(inactiveUnits::contains).findFirst().ifPresent(org -> {
            throw OrgService.deactivated("单位", unitNames.get(org));
        });
    }

    /** One event per row written, in line order: a problem's creation just before its first measure's. */
    private List<AuditTrail.Entry> events(
            List<Problem> opened, List<Long> problemIds, List<Integer> openedAt, List<Measure> created) {
        List<AuditTrail.Entry> events = new ArrayList<>(opened.size() + created.size());
        int next = 0;
        for (int i = 0; i < created.size(); i++) {
            if (next < opened.size() && openedAt.get(next) == i) {
                Problem p = opened.get(next);
                long id = problemIds.get(next++);
                events.add(new AuditTrail.Entry(
                        "problem.create",
                        "problem",
                        id,
                        null,
                        new Problem(
                                id,
                                p.campaignId(),
                                p.sectionId(),
                                p.number(),
                                p.title(),
                                p.description(),
                                p.sourceRef(),
                                p.version())));
            }
            Measure m = created.get(i);
            events.add(new AuditTrail.Entry("measure.create", "measure", m.id(), null, m));
        }
        return events;
    }

    private static String key(String title) {
        return IGNORED_IN_TITLE.matcher(title).replaceAll("");
    }
}
