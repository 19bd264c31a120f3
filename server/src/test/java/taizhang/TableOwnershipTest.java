package taizhang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A feature names only its own tables in SQL. It reads another feature's data through that
 * feature's published query class, or through a read view the owner declares in a migration and
 * names after itself ({@code ledger_measure_view} is the ledger's). So an owner can change its
 * tables knowing every reader, and the readers are visible here.
 *
 * <p>Which feature owns each table is said once, in {@link #OWNERS}; a table a migration creates
 * without an owner there fails the build. The SQL is found in the string literals and text blocks
 * of each feature's main sources, after {@code from}, {@code join}, {@code into}, {@code update}
 * and {@code table}, comma-separated {@code from} lists included.
 *
 * <p>On PostgreSQL a view is merged into the statement that reads it; H2 runs it as a query of its
 * own, cheap when probed by key and costly when counted or scanned over a campaign. So the big
 * counts and walks over the measures live in the ledger's query classes ({@code MeasureFigures},
 * {@code LedgerRows}), and the views serve keyed reads and the cycles' set-based copies.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/taizhang");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Owner of every table, by the feature whose repository writes it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("organisation", "org"),
            Map.entry("organisation_alias", "org"),
            Map.entry("text_defect", "defect"),
            Map.entry("app_user", "user"),
            Map.entry("user_role", "user"),
            Map.entry("api_token", "user"),
            Map.entry("login_throttle", "user"),
            Map.entry("login_address", "user"),
            // Spring Session's own tables: the security feature configures them, nobody writes SQL on them.
            Map.entry("spring_session", "security"),
            Map.entry("spring_session_attributes", "security"),
            Map.entry("import_draft", "ingest"),
            Map.entry("import_draft_item", "ingest"),
            Map.entry("import_draft_mark", "ingest"),
            Map.entry("campaign", "ledger"),
            Map.entry("section", "ledger"),
            Map.entry("problem", "ledger"),
            Map.entry("measure", "ledger"),
            Map.entry("measure_co_unit", "ledger"),
            Map.entry("measure_unit", "ledger"),
            Map.entry("report_internal_measure", "report"),
            Map.entry("indicator", "indicator"),
            Map.entry("indicator_reading", "indicator"),
            Map.entry("progress_report", "progress"),
            Map.entry("progress_report_figure", "progress"),
            Map.entry("report_backfill", "progress"),
            Map.entry("audit_event", "audit"),
            Map.entry("audit_chain_head", "audit"),
            Map.entry("audit_pending", "audit"),
            Map.entry("audit_checkpoint", "audit"),
            // Created beside the audit tables (V4), but it is the lease of shared/JobLease.
            Map.entry("job_lock", "shared"),
            // The demo clock's offset, kept by FirstStart through shared/DemoClockStore.
            Map.entry("demo_clock", "shared"),
            Map.entry("evidence_file", "evidence"),
            Map.entry("reporting_cycle", "cycle"),
            Map.entry("cycle_exclusion", "cycle"),
            Map.entry("cycle_snapshot", "cycle"),
            Map.entry("cycle_snapshot_co_unit", "cycle"),
            Map.entry("cycle_snapshot_figure", "cycle"),
            Map.entry("cycle_reminder", "cycle"),
            Map.entry("cycle_snapshot_problem", "cycle"),
            Map.entry("cycle_obligation", "cycle"),
            Map.entry("campaign_warning_settings", "ledger"),
            Map.entry("notice_document", "notice"),
            Map.entry("notice_settings", "notice"),
            Map.entry("measure_sign", "ledger"),
            Map.entry("measure_split", "ledger"),
            Map.entry("closing_chain_step", "ledger"),
            Map.entry("closing_request", "ledger"),
            Map.entry("closing_decision", "ledger"),
            Map.entry("indicator_plan", "indicator"),
            Map.entry("indicator_plan_share", "indicator"),
            Map.entry("extension_request", "extension"),
            Map.entry("notice", "notify"),
            Map.entry("notification", "notify"),
            Map.entry("webhook", "webhook"),
            Map.entry("webhook_delivery", "webhook"),
            Map.entry("supervision_group", "supervision"),
            Map.entry("supervision_group_member", "supervision"),
            Map.entry("supervision_assignment", "supervision"),
            Map.entry("supervision_item", "supervision"),
            Map.entry("supervision_item_measure", "supervision"),
            Map.entry("accountability_action", "supervision"),
            Map.entry("accountability_measure", "supervision"),
            Map.entry("accountability_item", "supervision"),
            Map.entry("assessment_settings", "assessment"),
            Map.entry("assessment_rule_setting", "assessment"),
            Map.entry("assessment_run", "assessment"),
            Map.entry("assessment_result", "assessment"),
            Map.entry("assessment_component", "assessment"));

    private static final Pattern TABLE_AFTER =
            Pattern.compile("\\b(from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FURTHER_IN_FROM_LIST = Pattern.compile(
            "\\G(?:\\s+(?:as\\s+)?(?!where\\b|join\\b|left\\b|inner\\b|cross\\b|on\\b|order\\b|group\\b)[a-z_][a-z0-9_]*)?"
                    + "\\s*,\\s*([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATED =
            Pattern.compile("create\\s+table\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern RENAMED = Pattern.compile(
            "alter\\s+table\\s+([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROPPED =
            Pattern.compile("drop\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VIEW =
            Pattern.compile("create\\s+(?:or\\s+replace\\s+)?view\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    record Reference(String feature, String file, int line, String table) {

        String owner() {
            return OWNERS.get(table);
        }

        @Override
        public String toString() {
            return feature + "/" + file + ":" + line + " names " + table + " (" + owner() + "'s)";
        }
    }

    @Test
    void aFeatureNamesNoTableOfAnotherFeature() {
        assertThat(foreignReferences().stream().map(Reference::toString).toList())
                .as("read another feature's data through its query class or a read view it declares")
                .isEmpty();
    }

    @Test
    void everyTableHasAnOwnerAndEveryOwnerIsAFeature() {
        Set<String> tables = migratedTables();
        assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(features()).containsAll(OWNERS.values());
    }

    @Test
    void aReadViewIsNamedAfterItsOwner() {
        Set<String> features = features();
        assertThat(views()).allSatisfy(view -> assertThat(features).anyMatch(f -> view.startsWith(f + "_")));
    }

    /** Every foreign reference found today; the count is what the issue measures. */
    static List<Reference> foreignReferences() {
        Set<String> views = views();
        List<Reference> found = new ArrayList<>();
        for (String feature : features()) {
            for (Path file : javaFiles(SOURCES.resolve(feature))) {
                for (Reference r : tablesNamedIn(feature, file)) {
                    if (!views.contains(r.table())
                            && r.owner() != null
                            && !r.owner().equals(feature)) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    private static List<Reference> tablesNamedIn(String feature, Path file) {
        String source = read(file);
        List<Reference> found = new ArrayList<>();
        for (Literal literal : literals(source)) {
            Matcher m = TABLE_AFTER.matcher(literal.text());
            while (m.find()) {
                found.add(reference(feature, file, literal, m.start(2), m.group(2)));
                if (m.group(1).equalsIgnoreCase("from")) {
                    Matcher more = FURTHER_IN_FROM_LIST.matcher(literal.text());
                    int at = m.end();
                    while (more.find(at) && more.start() == at) {
                        found.add(reference(feature, file, literal, more.start(1), more.group(1)));
                        at = more.end();
                    }
                }
            }
        }
        return found;
    }

    private static Reference reference(String feature, Path file, Literal literal, int at, String table) {
        int line = literal.line()
                + (int) literal.text()
                        .substring(0, at)
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        return new Reference(feature, file.getFileName().toString(), line, table.toLowerCase(Locale.ROOT));
    }

    record Literal(int line, String text) {}

    /** The string literals and text blocks of a Java source, with the line each starts on. */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int i = 0;
        int line = 1;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2) + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                literals.add(new Literal(line, source.substring(i + 3, end)));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(line, source.substring(i + 1, end)));
                }
                i = end + 1;
            } else {
                if (c == '\n') {
                    line++;
                }
                i++;
            }
        }
        return literals;
    }

    private static int count(String source, int from, int to) {
        return (int) source.substring(from, to).chars().filter(c -> c == '\n').count();
    }

    static Set<String> features() {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            Set<String> features = new TreeSet<>();
            dirs.filter(Files::isDirectory)
                    .forEach(d -> features.add(d.getFileName().toString()));
            return features;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> migratedTables() {
        Set<String> tables = new TreeSet<>();
        for (Path migration : migrations()) {
            // In version order, and statement by statement within a file, a table is created, renamed or dropped.
            for (String statement : read(migration).split(";")) {
                Matcher created = CREATED.matcher(statement);
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher dropped = DROPPED.matcher(statement);
                while (dropped.find()) {
                    tables.remove(dropped.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher renamed = RENAMED.matcher(statement);
                while (renamed.find()) {
                    tables.remove(renamed.group(1).toLowerCase(Locale.ROOT));
                    tables.add(renamed.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    static Set<String> views() {
        Set<String> views = new TreeSet<>();
        for (Path migration : migrations()) {
            Matcher view = VIEW.matcher(read(migration));
            while (view.find()) {
                views.add(view.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return views;
    }

    private static List<Path> migrations() {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
