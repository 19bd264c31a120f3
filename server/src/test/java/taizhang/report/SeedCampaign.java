package taizhang.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import taizhang.ingest.ImportService;
import taizhang.shared.CurrentUser;

/** The seed report imported once per test run by an office user, through the import like the demo does. */
final class SeedCampaign {

    private static Long campaignId;
    private static CurrentUser office;

    private SeedCampaign() {}

    static synchronized long campaign(ImportService imports, CurrentUser user) {
        if (campaignId == null) {
            byte[] copy = (new String(seed(), StandardCharsets.UTF_8) + "\n" + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8);
            var upload = imports.upload(user, copy, "seed-report.txt", "text/plain", null, "巡视整改通报测试", 2021);
            campaignId = imports.accept(
                            user, upload.record().id(), upload.record().version())
                    .campaignId();
            office = user;
        }
        return campaignId;
    }

    static CurrentUser office() {
        return office;
    }

    static byte[] seed() {
        try (InputStream in = SeedCampaign.class.getResourceAsStream("/demo/seed-report.txt")) {
            return Objects.requireNonNull(in, "seed report missing").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
