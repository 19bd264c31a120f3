package taizhang.extract.entity;

import java.util.List;

/** Finds document titles. */
public final class TitleFinder {

    private TitleFinder() {
    }

    public static List<DocumentTitle> find(String original, String normalized) {
        return List.of();
    }
}
