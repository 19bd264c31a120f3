package taizhang.extract.entity;

/** Infers the year a report speaks of. */
public final class ReportYear {

    private ReportYear() {
    }

    public static int infer(String normalized) {
        return java.time.Year.now().getValue();
    }
}
