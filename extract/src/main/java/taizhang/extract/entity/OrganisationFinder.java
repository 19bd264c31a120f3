package taizhang.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds places and bodies in one pass over the normalised view with two tries: division names
 * ({@link Gazetteer}) and body names ({@link BodyNames}) that may follow a division or 自治区.
 * A name shared by several divisions ({@code 朝阳区}) is resolved to the one in the province the
 * report names most; left without a code when that does not settle it.
 */
public final class OrganisationFinder {

    private static final OrganisationFinder STANDARD = new OrganisationFinder();

    private final PhraseTrie<List<Division>> divisions = new PhraseTrie<>();
    private final PhraseTrie<String> bodies = new PhraseTrie<>();

    private OrganisationFinder() {
        Gazetteer.names().forEach(divisions::add);
        divisions.add(BodyNames.REGION, List.of());
        for (String body : BodyNames.ALL) {
            bodies.add(body, body);
        }
    }

    public static OrganisationFinder standard() {
        return STANDARD;
    }

    public List<Organisation> find(String original, String normalized) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            PhraseTrie.Match<List<Division>> place =
                    divisions.startsSomething(normalized.charAt(i)) ? divisions.longest(normalized, i) : null;
            if (place == null) {
                i++;
                continue;
            }
            PhraseTrie.Match<String> body =
                    place.end() < normalized.length() ? bodies.longest(normalized, place.end()) : null;
            if (body != null) {
                hits.add(new Hit(i, body.end(), place.value(), true));
                i = body.end();
            } else {
                if (!place.value().isEmpty()) {
                    hits.add(new Hit(i, place.end(), place.value(), false));
                }
                i = place.end();
            }
        }
        return resolve(hits, original, normalized);
    }

    private static List<Organisation> resolve(List<Hit> hits, String original, String normalized) {
        String home = homeProvince(hits);
        List<Organisation> found = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            Division d = h.candidates().isEmpty() ? region(home) : choose(h.candidates(), home);
            String text = original.substring(h.start(), h.end());
            String name = h.body() || d == null ? normalized.substring(h.start(), h.end()) : d.name();
            found.add(new Organisation(
                    h.start(),
                    h.end(),
                    text,
                    name,
                    h.body() ? Organisation.Kind.BODY : Organisation.Kind.PLACE,
                    d == null ? null : d.code(),
                    d == null ? null : d.level()));
        }
        return found;
    }

    /** The province most named by unambiguous places, as its two-digit prefix, or null. */
    private static String homeProvince(List<Hit> hits) {
        Map<String, Integer> counts = new HashMap<>();
        for (Hit h : hits) {
            if (h.candidates().size() == 1) {
                counts.merge(h.candidates().get(0).province(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static Division choose(List<Division> candidates, String home) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<Division> inHome =
                candidates.stream().filter(d -> d.province().equals(home)).toList();
        return inHome.size() == 1 ? inHome.get(0) : null;
    }

    /** 自治区 alone means the report's own region, when that is an autonomous region. */
    private static Division region(String home) {
        if (home == null) {
            return null;
        }
        return RegionHolder.BY_PROVINCE.get(home);
    }

    private record Hit(int start, int end, List<Division> candidates, boolean body) {}

    /** The autonomous regions by province prefix, built once from the gazetteer. */
    private static final class RegionHolder {
        private static final Map<String, Division> BY_PROVINCE = new HashMap<>();

        static {
            Gazetteer.names().values().stream()
                    .flatMap(List::stream)
                    .filter(d -> d.level().equals("province") && d.name().endsWith(BodyNames.REGION))
                    .forEach(d -> BY_PROVINCE.put(d.province(), d));
        }
    }
}
