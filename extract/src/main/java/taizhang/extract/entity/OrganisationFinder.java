package taizhang.extract.entity;

import java.util.List;

/** Finds bodies and places. */
public final class OrganisationFinder {

    private static final OrganisationFinder STANDARD = new OrganisationFinder();

    public static OrganisationFinder standard() {
        return STANDARD;
    }

    public List<Organisation> find(String original, String normalized) {
        return List.of();
    }
}
