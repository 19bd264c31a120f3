package taizhang.extract.eval;

/** The development set ({@link taizhang.extract.DevelopmentSet}) with the gold read as the scorer reads it. */
public final class DevelopmentSet {

    public static final String SEED = taizhang.extract.DevelopmentSet.SEED;

    private DevelopmentSet() {}

    public static String seedText() {
        return taizhang.extract.DevelopmentSet.seedText();
    }

    public static GoldDocument seedGold() {
        return GoldDocument.read(taizhang.extract.DevelopmentSet.seedGoldFile());
    }
}
